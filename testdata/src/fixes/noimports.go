package fixes

func noImports() Cookies {
	return Cookies{{Name: "j", Secure: true, HttpOnly: true}} // want `has no SameSite`
}
