//go:build integration

package webapp

import "net/http"

// probe is built only with -tags=integration: its finding is reported only then.
func probe(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "probe", Value: "1", HttpOnly: true, SameSite: http.SameSiteLaxMode})
}
