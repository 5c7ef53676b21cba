package webapp

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestLogin sets a cookie without Secure: reported only with -include-tests.
func TestLogin(t *testing.T) {
	w := httptest.NewRecorder()
	http.SetCookie(w, &http.Cookie{Name: "probe", Value: "1", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	login(w, "t")
	treat(w)
	logout(w)
}
