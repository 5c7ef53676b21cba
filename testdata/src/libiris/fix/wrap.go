package fix

import (
	"net/http"

	"github.com/kataras/iris/v12"
)

func wrapped(ctx iris.Context) {
	ctx.SetCookie(&http.Cookie{Name: "p", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}, iris.CookieHTTPOnly(false)) // want `"p" sets iris.CookieHTTPOnly option to false`
	ctx.SetCookie(&http.Cookie{Name: "q", Secure: true, HttpOnly: true}, iris.CookieSameSite(iris.SameSiteDefaultMode))              // want `"q" sets iris.CookieSameSite option to iris.SameSiteDefaultMode`
	ctx.SetCookie(&http.Cookie{Name: "r", HttpOnly: true, SameSite: http.SameSiteLaxMode})                                           // want `http.Cookie "r" has no Secure`
}
