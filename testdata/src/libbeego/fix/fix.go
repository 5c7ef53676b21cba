// Package fix checks the fixes cookiecheck offers for beego: false arguments and options
// become true, DisableHTTPOnly: true becomes false, a missing Secure or CookieSameSite is
// inserted into a ManagerConfig literal (adding the net/http import), DefaultMode becomes Lax.
package fix

import (
	"github.com/beego/beego/v2/server/web/context"
	"github.com/beego/beego/v2/server/web/session"
)

func cookies(ctx *context.Context) {
	ctx.SetCookie("prefs", "v", 3600, "/", "", false, false, "Lax")       // want `SetCookie "prefs" sets (?i)secure.* to false` `SetCookie "prefs" sets (?i)httponly.* to false`
	ctx.Output.Cookie("prefs", "v", 3600, "/", "", true, false, "Strict") // want `Cookie "prefs" sets (?i)httponly.* to false`
}

func managers() {
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true})                                       // want `session.ManagerConfig has no Secure` `session.ManagerConfig has no CookieSameSite`
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: false, DisableHTTPOnly: true}) // want `session.ManagerConfig sets Secure to false` `session.ManagerConfig sets DisableHTTPOnly to true` `session.ManagerConfig has no CookieSameSite`
	session.NewManager("memory", &session.ManagerConfig{                                                              // want `session.ManagerConfig "gosessionid" has no Secure`
		CookieName:      "gosessionid",
		EnableSetCookie: true,
		CookieSameSite:  3, // http.SameSiteStrictMode
	})

	session.NewManagerConfig(session.CfgSetCookie(true), session.CfgSecure(false), session.CfgHTTPOnly(false)) // want `sets .*CfgSecure.* to false` `sets .*CfgHTTPOnly.* to false` `has no .*CfgSameSite`
}
