package libbeego

import (
	"net/http"

	"github.com/beego/beego/v2/server/web/session"
)

// ManagerConfig (session.go:214-229): Secure false, HttpOnly = !DisableHTTPOnly (on),
// SameSite CookieSameSite (zero = not sent), MaxAge CookieLifeTime (0 = browser session).
// The cookie is written only when EnableSetCookie is true.
func managerConfigs(secure bool) {
	session.NewManager("memory", &session.ManagerConfig{CookieName: "gosessionid", EnableSetCookie: true})                                                      // want `session.ManagerConfig "gosessionid" has no Secure` `session.ManagerConfig "gosessionid" has no CookieSameSite`
	session.NewManager("memory", &session.ManagerConfig{CookieName: "gosessionid", EnableSetCookie: true, Secure: true, CookieSameSite: http.SameSiteLaxMode})  // ok: HttpOnly on by default, browser-session cookie
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: false, CookieSameSite: http.SameSiteLaxMode})                            // want `session.ManagerConfig sets Secure to false`
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: true, CookieSameSite: http.SameSiteLaxMode, DisableHTTPOnly: true})      // want `session.ManagerConfig sets DisableHTTPOnly to true`
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: true, CookieSameSite: http.SameSiteLaxMode, DisableHTTPOnly: false})     // ok: HttpOnly stays on
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: true, CookieSameSite: http.SameSiteDefaultMode})                         // want `session.ManagerConfig sets CookieSameSite to http.SameSiteDefaultMode, which sends no SameSite attribute`
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: true, CookieSameSite: http.SameSiteNoneMode})                            // ok: None with Secure
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, CookieSameSite: http.SameSiteNoneMode})                                          // want `session.ManagerConfig sets CookieSameSite to None without Secure`
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: true, CookieSameSite: http.SameSiteLaxMode, CookieLifeTime: 86400 * 30}) // want `session cookie session.ManagerConfig lives 30d`
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: true, CookieSameSite: http.SameSiteLaxMode, CookieLifeTime: 3600})       // ok: one hour
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: true, CookieSameSite: http.SameSiteLaxMode, Maxlifetime: 86400 * 365})   // ok: Maxlifetime is server-side; the cookie is a browser-session cookie
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: secure, CookieSameSite: http.SameSiteLaxMode})                           // ok: non-constant

	// session.go:226-228: with EnableSetCookie false no cookie is written at all.
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: false, EnableSidInHTTPHeader: true, SessionNameInHTTPHeader: "Sid"}) // ok: no cookie is set

	conf := &session.ManagerConfig{CookieName: "gosessionid", EnableSetCookie: true} // ok: completed below
	conf.Secure = true
	conf.CookieSameSite = http.SameSiteStrictMode
	session.NewManager("memory", conf)
}

// NewManagerConfig(opts...) starts from a zero ManagerConfig; the Cfg* options set fields.
func managerOptions(secure bool) {
	session.NewManagerConfig(session.CfgSetCookie(true), session.CfgSecure(true), session.CfgSameSite(http.SameSiteLaxMode))                                      // ok: all set
	session.NewManagerConfig(session.CfgSetCookie(true), session.CfgCookieName("sid"))                                                                            // want `session.NewManagerConfig "sid" has no .*CfgSecure` `session.NewManagerConfig "sid" has no .*CfgSameSite`
	session.NewManagerConfig(session.CfgSetCookie(true), session.CfgSecure(false), session.CfgSameSite(http.SameSiteLaxMode))                                     // want `session.NewManagerConfig sets .*CfgSecure.* to false`
	session.NewManagerConfig(session.CfgSetCookie(true), session.CfgSecure(true), session.CfgSameSite(http.SameSiteLaxMode), session.CfgHTTPOnly(false))          // want `session.NewManagerConfig sets .*CfgHTTPOnly.* to false`
	session.NewManagerConfig(session.CfgSetCookie(true), session.CfgSecure(true), session.CfgSameSite(http.SameSiteDefaultMode))                                  // want `session.NewManagerConfig sets .*CfgSameSite.* to http.SameSiteDefaultMode, which sends no SameSite attribute`
	session.NewManagerConfig(session.CfgSetCookie(true), session.CfgSecure(true), session.CfgSameSite(http.SameSiteLaxMode), session.CfgCookieLifeTime(86400*30)) // want `session cookie session.NewManagerConfig lives 30d`
	session.NewManagerConfig(session.CfgSetCookie(true), session.CfgSecure(true), session.CfgSameSite(http.SameSiteLaxMode), session.CfgCookieLifeTime(3600))     // ok: one hour
	session.NewManagerConfig(session.CfgSetCookie(true), session.CfgSecure(secure), session.CfgSameSite(http.SameSiteStrictMode))                                 // ok: non-constant

	// Overrides on the returned *ManagerConfig count for it.
	conf := session.NewManagerConfig(session.CfgSetCookie(true)) // ok: set on the result below
	conf.Secure = true
	conf.CookieSameSite = http.SameSiteLaxMode
	session.NewManager("memory", conf)

	// An option made outside the call still turns Secure off.
	opts := []session.ManagerConfigOpt{session.CfgSecure(false)} // want `CfgSecure.* false`
	_ = opts
}
