// want package:`Secure of http.Cookie "theme" from settings.Config.NoDefault; HttpOnly of http.Cookie "e" from settings.Options.Unset`

// Package web sends cookies whose attributes come from the settings of package settings: the
// config category judges them by the facts settings exports (settings in one package,
// cookies in another).
package web

import (
	"net/http"

	"configcat/settings"

	"github.com/alexedwards/scs/v2"
	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/sessions"
)

type server struct {
	cfg  *settings.Config
	opts settings.Options
}

func (s *server) login(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Secure:   s.cfg.SecureCookie,   // want `http.Cookie "session" takes Secure from Config.SecureCookie, which defaults to false \(tag default:"false", configcat/settings/settings.go:\d+\): deployments that do not set it send the session over plain HTTP`
		HttpOnly: s.cfg.HTTPOnlyCookie, // want `http.Cookie "session" takes HttpOnly from Config.HTTPOnlyCookie, which defaults to false .*: deployments that do not set it let scripts read the session`
		SameSite: http.SameSiteLaxMode,
	})
}

func (s *server) safe(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name:     "prefs",
		Secure:   s.cfg.SecureByDefault,  // ok: defaults to true
		HttpOnly: !s.cfg.InsecureCookies, // ok: inverted setting whose default (false) means secure
		SameSite: http.SameSiteLaxMode,
	})
	http.SetCookie(w, &http.Cookie{
		Name:     "theme",
		Secure:   s.cfg.NoDefault,  // ok: no declared default
		HttpOnly: s.cfg.TLSDerived, // ok: set in code by settings.Load
		SameSite: http.SameSiteLaxMode,
	})
	http.SetCookie(w, &http.Cookie{
		Name:     "lang",
		Secure:   s.cfg.DevOverride || s.cfg.SecureCookie, // ok: not directly a setting
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}

// configure sets BehindProxy in code, in the cookie's package: its default is not what the
// cookie gets.
func (s *server) configure(r *http.Request) {
	s.cfg.BehindProxy = r.Header.Get("X-Forwarded-Proto") == "https"
}

func (s *server) proxied(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "px", Secure: s.cfg.BehindProxy, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: set in code in this package
}

func (s *server) inverted(w http.ResponseWriter) {
	c := &http.Cookie{Name: "remember", HttpOnly: true, SameSite: http.SameSiteLaxMode}
	c.Secure = !s.cfg.LegacyInsecure // want `http.Cookie "remember" takes Secure from the negation of Config.LegacyInsecure, which defaults to true`
	http.SetCookie(w, c)
}

func (s *server) nested(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "n", Secure: s.cfg.Cookie.Secure, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `takes Secure from Config.Cookie.Secure`
}

func (s *server) overridden(w http.ResponseWriter) {
	c := &http.Cookie{Name: "o", Secure: s.cfg.SecureCookie, HttpOnly: true, SameSite: http.SameSiteLaxMode} // ok: also set to true below
	c.Secure = true
	http.SetCookie(w, c)
}

func (s *server) fromDefaults(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name:     "d",
		Secure:   s.opts.SecureCookies, // want `takes Secure from Options.SecureCookies, which defaults to false \(DefaultOptions, configcat/settings/settings.go:\d+\)`
		HttpOnly: s.opts.HTTPOnly,      // ok: DefaultOptions sets it to true
		SameSite: http.SameSiteLaxMode,
	})
	http.SetCookie(w, &http.Cookie{
		Name:     "e",
		Secure:   s.opts.Twice, // ok: declared twice, differently
		HttpOnly: s.opts.Unset, // ok: never given a constant
		SameSite: http.SameSiteLaxMode,
	})
	http.SetCookie(w, &http.Cookie{Name: "cors", Secure: settings.CORSConfig.Secure, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `takes Secure from Cors.Secure, which defaults to false \(CORSConfig`
}

func flags(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name:     "f",
		Secure:   *settings.SecureFlag, // want `takes Secure from flag -secure-cookie, which defaults to false \(configcat/settings/settings.go:\d+\)`
		HttpOnly: settings.HTTPSOnly,   // ok: defaults to true
		SameSite: http.SameSiteLaxMode,
	})
	http.SetCookie(w, &http.Cookie{
		Name:     "g",
		Secure:   settings.EnvDecided,     // ok: the flag's default is decided at run time
		HttpOnly: settings.Flags.HTTPOnly, // want `takes HttpOnly from flag -flag-httponly, which defaults to false`
		SameSite: http.SameSiteLaxMode,
	})
	http.SetCookie(w, &http.Cookie{Name: "h", Secure: settings.Flags.Secure, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `takes Secure from flag -flag-secure, which defaults to false \(Config.SecureCookie tag default:"false"`
}

func fiberLogin(c *fiber.Ctx, cfg *settings.Config) {
	c.Cookie(&fiber.Cookie{Name: "fs", Secure: true, HTTPOnly: true, SameSite: cfg.SameSite}) // want `fiber.Cookie "fs" takes SameSite from Config.SameSite, which defaults to None \(tag default:"None", .*\): deployments that do not set it send the cookie on cross-site requests`
}

// Library carriers take settings the same way.
func ginHandler(c *gin.Context, cfg *settings.Config) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session_id", "v", 3600, "/", "", cfg.SecureCookie, true)             // want `gin.Context.SetCookie "session_id" takes secure argument from Config.SecureCookie, which defaults to false`
	c.SetCookie("sid", "v", 3600, "/", "", cfg.SecureByDefault, !cfg.InsecureCookies) // ok: both defaults are secure
}

func gorillaStore(cfg *settings.Config) *sessions.CookieStore {
	store := sessions.NewCookieStore([]byte("key"))
	store.Options = &sessions.Options{
		Path:     "/",
		Secure:   cfg.Cookie.Secure,   // want `sessions.Options takes Secure from Config.Cookie.Secure, which defaults to false`
		HttpOnly: !cfg.LegacyInsecure, // want `sessions.Options takes HttpOnly from the negation of Config.LegacyInsecure, which defaults to true`
		SameSite: http.SameSiteLaxMode,
	}
	return store
}

func scsManager(opts settings.Options) *scs.SessionManager {
	sm := scs.New()
	sm.Cookie.Secure = opts.SecureCookies // want `scs.New takes Cookie.Secure from Options.SecureCookies, which defaults to false`
	return sm
}
