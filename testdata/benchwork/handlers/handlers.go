// Package handlers is the workload's own cookie-handling code (.ci/bench/compare.sh): go vet
// ./... analyses it with the vet tool, so cookiecheck's analysis runs and reports, and is not
// only skipped by its import fast path. It uses the real libraries at the versions pinned in
// ../go.mod.
package handlers

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
)

var store = sessions.NewCookieStore([]byte("0123456789abcdef0123456789abcdef"))

// Login sets a session cookie without Secure or SameSite.
func Login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session_id",
		Value:    r.FormValue("token"),
		Path:     "/",
		HttpOnly: true,
		MaxAge:   86400 * 30,
	})
}

// Prefs sets a preference cookie with Secure explicitly off.
func Prefs(w http.ResponseWriter, r *http.Request) {
	c := http.Cookie{Name: "theme", Value: r.FormValue("theme"), SameSite: http.SameSiteDefaultMode}
	c.Secure = false
	http.SetCookie(w, &c)
}

// Logout deletes the session cookie.
func Logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "", Path: "/", MaxAge: -1})
}

// Secure sets a cookie right.
func Secure(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "__Host-sid",
		Value:    r.FormValue("token"),
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
		Expires:  time.Now().Add(12 * time.Hour),
	})
}

// GinLogin sets a cookie through gin.
func GinLogin(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("auth_token", c.Query("t"), 3600*24*60, "/", "", false, true)
}

// EchoLogin sets a cookie through echo.
func EchoLogin(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "sid"
	cookie.Value = c.QueryParam("t")
	cookie.Expires = time.Now().Add(24 * time.Hour)
	c.SetCookie(cookie)
	return c.NoContent(http.StatusNoContent)
}

// FiberLogin sets a cookie through fiber.
func FiberLogin(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "jwt", Value: c.Query("t"), HTTPOnly: true, SameSite: "None"})
	return c.SendStatus(http.StatusNoContent)
}

// Save stores a value in a gorilla session.
func Save(w http.ResponseWriter, r *http.Request) error {
	sess, err := store.Get(r, "session")
	if err != nil {
		return err
	}
	sess.Values["user"] = r.FormValue("user")
	sess.Options.HttpOnly = true
	return sess.Save(r, w)
}
