// Package beego uses beego's session manager and context cookies.
package beego

import (
	"net/http"

	beecontext "github.com/beego/beego/v2/server/web/context"
	"github.com/beego/beego/v2/server/web/session"
)

var globalSessions *session.Manager

func init() {
	conf := session.NewManagerConfig(
		session.CfgCookieName("gosessionid"),
		session.CfgSetCookie(true),
		session.CfgGcLifeTime(3600),
		session.CfgCookieLifeTime(86400*30), // want `session cookie session\.NewManagerConfig "gosessionid" lives 30d, longer than the 14d limit \(flag -max-age\)`
		session.CfgHTTPOnly(false),          // want `session\.NewManagerConfig "gosessionid" sets session\.CfgHTTPOnly option to false`
		session.CfgSecure(true),
		session.CfgSameSite(http.SameSiteLaxMode),
	)
	globalSessions, _ = session.NewManager("memory", conf)
}

// newAdminManager uses a ManagerConfig literal: no Secure, no SameSite. (Cookies later calls
// m.SetSecure(true) on the manager; cookiecheck does not follow Manager.SetSecure and still
// reports Secure here: a known limit.)
func newAdminManager() (*session.Manager, error) {
	return session.NewManager("memory", &session.ManagerConfig{ // want `session\.ManagerConfig "adminsid" has no CookieSameSite` `session\.ManagerConfig "adminsid" has no Secure`
		CookieName:      "adminsid",
		EnableSetCookie: true,
		Gclifetime:      3600,
		CookieLifeTime:  3600,
	})
}

// Login starts a session.
func Login(w http.ResponseWriter, r *http.Request) {
	sess, err := globalSessions.SessionStart(w, r)
	if err != nil {
		return
	}
	defer sess.SessionRelease(r.Context(), w)
	_ = sess.Set(r.Context(), "user", r.FormValue("user"))
}

// Cookies sets cookies through the beego context.
func Cookies(ctx *beecontext.Context) {
	// name, value, maxAge, path, domain, secure, httpOnly, sameSite
	ctx.SetCookie("remember", "1", 86400*30, "/", "", true, true, "Strict") // want `session cookie context\.Context\.SetCookie "remember" lives 30d, longer than the 14d limit \(flag -max-age\)`
	ctx.SetCookie("theme", "dark")                                          // want `context\.Context\.SetCookie "theme" has no secure argument` `context\.Context\.SetCookie "theme" has no httponly argument` `context\.Context\.SetCookie "theme" has no samesite argument`
	ctx.SetCookie("lang", "en", 3600, "/", "", false, false)                // want `context\.Context\.SetCookie "lang" has no samesite argument` `context\.Context\.SetCookie "lang" sets secure argument to false` `context\.Context\.SetCookie "lang" sets httponly argument to false`
	ctx.Output.Cookie("token", "t", 0, "/", "", 1, true, "Lax")
	ctx.SetSecureCookie("secret", "sid", "v", 3600, "/", "", true, true) // want `context\.Context\.SetSecureCookie "sid" has no samesite argument`
	if m, err := newAdminManager(); err == nil {
		m.SetSecure(true)
	}
}
