// Package c imports b, which imports a: facts flow through two levels.
package c

import (
	"example.com/app/a"
	"example.com/app/b"
)

func Again() {
	b.Use()
	a.MarkedSecure()
}
