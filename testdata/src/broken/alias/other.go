package alias

// This file does not import net/http: a SameSite fix here must add the import.
func other() *C {
	return &C{Name: "o", Secure: true, HttpOnly: true} // want `http.Cookie "o" has no SameSite`
}
