// Package beegoweb is a beego v2 application: framework sessions turned on in code and
// controllers that set cookies through the embedded web.Controller.
package beegoweb

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
)

// UserController serves the account pages.
type UserController struct {
	web.Controller
}

// Login remembers the user and the language.
func (c *UserController) Login() {
	c.SetSecureCookie("cookie-secret", "remember", c.GetString("user"), 86400*7, "/", "", true, true, "Lax")
	c.Ctx.SetCookie("lang", c.GetString("lang"), 86400*365, "/") // want `context\.Context\.SetCookie "lang" has no secure argument` `context\.Context\.SetCookie "lang" has no httponly argument` `context\.Context\.SetCookie "lang" has no samesite argument`
	c.SetSecureCookie("cookie-secret", "uid", "42", 86400*30)    // want `web\.Controller\.SetSecureCookie "uid" has no secure argument` `web\.Controller\.SetSecureCookie "uid" has no httponly argument` `web\.Controller\.SetSecureCookie "uid" has no samesite argument`
	c.Ctx.Output.Cookie("flash", "", -1)
	c.Data["json"] = map[string]string{"status": "ok"}
	_ = c.ServeJSON()
}

// Run starts the application with framework sessions.
func Run() {
	web.BConfig.WebConfig.Session.SessionOn = true // want `beego session \(web\.BConfig\) "app_session" has no Listen\.EnableHTTPS`
	web.BConfig.WebConfig.Session.SessionName = "app_session"
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteLaxMode
	web.BConfig.WebConfig.Session.SessionCookieLifeTime = 3600
	web.Router("/login", &UserController{}, "post:Login")
	web.Run()
}
