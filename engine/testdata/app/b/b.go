package b

import (
	"fmt"

	"example.com/app/a"
	"example.com/lib/helper"
)

func Use() {
	a.MarkedSecure() // reported: the fact crossed from package a
	a.Plain()
	helper.MarkedHelper() // not reported: helper comes from export data, without facts
	fmt.Println()
}
