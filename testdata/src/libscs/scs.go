// Package libscs covers scs v2's scs.New() (RULES.md, "Library models"): Secure defaults to
// false unless X.Cookie.Secure is assigned for that manager; HttpOnly true, SameSite Lax and a
// 24 h Lifetime by default; explicit false, None-without-Secure, DefaultMode and over-limit
// assignments are reported where they are made.
package libscs

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

var prod bool

func use(sm *scs.SessionManager) {}

func defaults() {
	sm := scs.New() // want `scs\.New.*\bSecure\b`
	use(sm)
}

func secured() {
	sm := scs.New() // ok: Cookie.Secure assigned; HttpOnly, Lax and 24h are the defaults
	sm.Cookie.Secure = true
	use(sm)
}

func securedAtRunTime() {
	sm := scs.New() // ok: non-constant Secure counts as set
	sm.Cookie.Secure = prod
	use(sm)
}

func fullyConfigured() {
	sm := scs.New() // ok: every attribute set
	sm.Lifetime = 12 * time.Hour
	sm.IdleTimeout = 20 * time.Minute
	sm.Cookie.Name = "session_id"
	sm.Cookie.Secure = true
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteStrictMode
	sm.Cookie.Persist = true
	use(sm)
}

// Per object: admin.Cookie.Secure covers admin only.
func twoManagers() {
	admin := scs.New() // ok: Secure assigned on admin
	admin.Cookie.Secure = true
	public := scs.New() // want `scs\.New.*\bSecure\b`
	use(admin)
	use(public)
}

func explicitFalse() {
	sm := scs.New()
	sm.Cookie.Secure = false // want `scs\.New.*\bSecure\b`
	use(sm)
}

func httpOnlyOff() {
	sm := scs.New()            // want `scs\.New.*\bSecure\b`
	sm.Cookie.HttpOnly = false // want `scs\.New.*HttpOnly`
	use(sm)
}

func httpOnlyDynamic() {
	sm := scs.New()
	sm.Cookie.Secure = true
	sm.Cookie.HttpOnly = !prod // ok: non-constant
	use(sm)
}

func noneWithoutSecure() {
	sm := scs.New()                            // ok: the None finding below covers the missing Secure
	sm.Cookie.SameSite = http.SameSiteNoneMode // want `scs\.New.*None`
	use(sm)
}

func noneWithSecure() {
	sm := scs.New() // ok: None with Secure is the user's choice
	sm.Cookie.Secure = true
	sm.Cookie.SameSite = http.SameSiteNoneMode
	use(sm)
}

func noneWithRuntimeSecure() {
	sm := scs.New() // ok: non-constant Secure counts as set
	sm.Cookie.Secure = prod
	sm.Cookie.SameSite = http.SameSiteNoneMode // ok: Secure is set at run time
	use(sm)
}

func defaultMode() {
	sm := scs.New()
	sm.Cookie.Secure = true
	sm.Cookie.SameSite = http.SameSiteDefaultMode // want `scs\.New.*SameSite`
	use(sm)
}

func lifetimes() {
	long := scs.New()
	long.Cookie.Secure = true
	long.Lifetime = 30 * 24 * time.Hour // want `scs\.New.*max-age`
	use(long)

	short := scs.New() // ok: 7 days is within the limit
	short.Cookie.Secure = true
	short.Lifetime = 7 * 24 * time.Hour
	use(short)

	edge := scs.New() // ok: exactly the limit
	edge.Cookie.Secure = true
	edge.Lifetime = 14 * 24 * time.Hour
	use(edge)

	dyn := scs.New() // ok: non-constant lifetime
	dyn.Cookie.Secure = true
	dyn.Lifetime = time.Duration(len("x")) * time.Hour
	use(dyn)
}

// Persist=false: a browser-session cookie (no Expires/Max-Age), whatever the Lifetime.
func notPersistent() {
	sm := scs.New() // ok: browser-session cookie
	sm.Cookie.Secure = true
	sm.Cookie.Persist = false
	sm.Lifetime = 30 * 24 * time.Hour // ok: Persist is false, no expiry is sent
	use(sm)
}

// Package-level managers, configured in init() or in another file (configure.go).
var Sessions = scs.New() // ok: configured in init

func init() {
	Sessions.Cookie.Secure = true
	Sessions.Lifetime = 8 * time.Hour
}

var Configured = scs.New() // ok: configured in configure.go

var Unconfigured = scs.New() // want `scs\.New.*\bSecure\b`

// A constructor helper.
func newManager() *scs.SessionManager {
	return scs.New() // ok: every caller sets Cookie.Secure
}

func useNewManager() {
	sm := newManager()
	sm.Cookie.Secure = true
	use(sm)
}
