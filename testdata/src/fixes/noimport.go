package fixes

import "fmt"

func noImport() Cookies {
	fmt.Println()
	return Cookies{{Name: "i", Secure: true, HttpOnly: true}} // want `has no SameSite`
}
