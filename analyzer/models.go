package analyzer

import (
	"slices"
	"strings"
)

// This file holds cookiecheck's library knowledge as data: one row per carrier. A row names a
// struct type (judged at its literals) or a function or method (judged at its calls), says
// where each cookie attribute lives and what the library does when it is not set. Defaults
// cite the library source as module@version file:line.

// attr is a cookie attribute a carrier can hold.
type attr int

const (
	attrName attr = iota
	attrSecure
	attrHTTPOnly
	attrSameSite
	attrMaxAge   // seconds; < 0 deletes
	attrExpires  // time.Time
	attrLifetime // time.Duration, or seconds for kindSeconds
	attrPath
	attrDomain
	attrPartitioned
	attrSessionOnly // true: no Max-Age or Expires is sent
	attrEnabled     // false: no cookie is sent at all (beego EnableSetCookie)
	numAttrs
)

var attrNames = [numAttrs]string{"Name", "Secure", "HttpOnly", "SameSite", "MaxAge", "Expires", "Lifetime", "Path", "Domain", "Partitioned", "SessionOnly", "Enabled"}

func (a attr) String() string { return attrNames[a] }

// valueKind says how an attribute's value is read.
type valueKind int

const (
	kindBool         valueKind = iota
	kindBoolInverted           // true turns the attribute off (beego DisableHTTPOnly, scs Persist)
	kindString
	kindSameSiteEnum     // an integer type whose package declares SameSite{Default,Lax,Strict,None}Mode
	kindSameSiteString   // fiber: "Strict", "None", "disabled", case-insensitive; any other is Lax
	kindSameSiteLaxElse  // fiber sessions: "Strict", "None", case-insensitive; any other (even "disabled") is Lax
	kindSameSiteOffIfSet // a boolean that, when true, stops the library sending SameSite (iris DisableSubdomainPersistence)
	kindSameSiteVerbatim // beego: the string is written as is; "" sends no attribute
	kindSeconds
	kindDuration
	kindTime
	kindPresent // an option value whose presence turns the attribute on (iris CookieSecure)
)

// shape is how a carrier appears in source.
type shape int

const (
	// shapeStruct: a composite literal, new(T) or var x T, then assignments to its fields.
	shapeStruct shape = iota
	// shapeCall: a call, with attributes in its arguments or options, or set afterwards on its
	// result (or receiver) by field assignments and method calls.
	shapeCall
	// shapeWrap: a call that sends a struct carrier given as its argument, after applying
	// its options (iris ctx.SetCookie(&http.Cookie{...}, iris.CookieSecure)). The carrier is
	// judged at its literal, with the options as sources.
	shapeWrap
	// shapeGlobal: a package variable of the library (name) whose settings make a cookie
	// once the package's code sets the field path enabledBy to true
	// (web.BConfig.WebConfig.Session.SessionOn = true). It is judged at that assignment, with
	// the assignments to the variable's fields as sources.
	shapeGlobal
)

// sameSiteDefault is what a carrier sends when SameSite is not set.
type sameSiteDefault int

const (
	sameSiteNotSent sameSiteDefault = iota
	sameSiteLax
	sameSiteNone
)

// sessionKind says whether a carrier holds a session, and so whether expiry is checked.
type sessionKind int

const (
	sessionByName sessionKind = iota // when its constant name matches -session-names
	sessionAlways
	sessionNever
)

// location says where an attribute lives. A location may name several places; any of them
// sets the attribute.
type location struct {
	// field is a struct field; for a call, a dot-separated path of fields on its result
	// (Options.Secure) or, with global, on the library's package variable.
	field string
	// arg is the 1-based position of the call argument holding the value; 0 is none.
	arg int
	// option is an option function of the row's package that takes the value (csrf.Secure),
	// or, with kindPresent, an option value.
	option string
	// method is a method taking the value, called on the call's result, or on its receiver
	// for a method row (store.MaxAge(n), c.SetSameSite(m)).
	method string
	kind   valueKind
	// zeroIsDefault: a constant zero means the library default (fiber Expiration).
	zeroIsDefault bool
}

func field(name string, kind valueKind) location  { return location{field: name, kind: kind} }
func arg(pos int, kind valueKind) location        { return location{arg: pos, kind: kind} }
func option(name string, kind valueKind) location { return location{option: name, kind: kind} }

// typeRef names a type by package path and name.
type typeRef struct{ pkg, name string }

// defaults are what the library does for attributes the user leaves unset.
type defaults struct {
	secure   bool
	httpOnly bool
	sameSite sameSiteDefault
	lifetime int64  // seconds; 0 is a browser-session cookie
	path     string // "" means no Path attribute is sent
	enabled  bool   // a cookie is sent unless attrEnabled turns it off
}

const (
	day  = 86400
	year = 365 * day
)

// model is one row of the library table.
type model struct {
	pkg   string // import path
	recv  string // receiver type name, for a method row
	name  string // type, function or method name
	shape shape
	// display names the carrier in messages, e.g. "http.Cookie".
	display string
	attrs   map[attr]location
	def     defaults
	// csrf carriers hold anti-CSRF tokens: exempt from httponly and expiry.
	csrf    bool
	session sessionKind
	// forcesSecure: the library sets Secure itself when SameSite is None.
	forcesSecure bool
	// partitionedSecure: the library sets Secure itself for a Partitioned cookie.
	partitionedSecure bool

	// For call rows.
	//
	// configured: a call with arguments is judged at its configuration literal instead.
	configured bool
	// replacedBy names fields assigned, or methods called, on the result that replace every
	// cookie setting (store.Options = &sessions.Options{...}); the new value is judged itself.
	replacedBy []string
	// anyValueOf: overrides made on any variable of this type count, not only those made on
	// the call's result (a gorilla *Session's Options, any nosurf handler).
	anyValueOf typeRef
	// global is the row's package variable that the call copies its settings from.
	global string
	// configure is how to configure a carrier whose settings have no single place
	// (gin-contrib stores take a whole Options value).
	configure string
	// cookieArg is the 1-based position of the struct carrier a shapeWrap row sends.
	cookieArg int
	// optionsMethod is a method of the receiver whose option arguments apply to every cookie
	// the receiver sends afterwards (iris ctx.AddCookieOptions).
	optionsMethod string

	// enabledBy is the field path of a shapeGlobal row's variable that turns its cookie on.
	enabledBy string

	// older lists earlier releases whose defaults differ from def, oldest last boundary
	// first (sorted by before); the version the analyzed package builds against picks one.
	older []release
}

// release describes the versions of a library before a release that changed a default.
type release struct {
	// module is the module whose version decides, and pkg its package that the analyzed
	// package sees (directly or through the imports of the row's package): the library
	// itself, or the one it wraps (gin-contrib's cookie store is gorilla's CookieStore).
	module, pkg string
	// before is the first version with the row's defaults; versions below it have def.
	before string
	def    defaults
	// without lists the attributes these versions have no setting for: not judged.
	without []attr
	// probe is an exported object of pkg ("Name" or "Type.Field") that every version from
	// before on has, used when the module version cannot be read: its absence means an
	// older version. since is the version that added it, when later than before (the
	// absence then also covers versions from before to since).
	probe, since string
}

// cookieAttrs are the attributes of net/http.Cookie, which several libraries take as is.
var cookieAttrs = map[attr]location{
	attrName:        field("Name", kindString),
	attrSecure:      field("Secure", kindBool),
	attrHTTPOnly:    field("HttpOnly", kindBool),
	attrSameSite:    field("SameSite", kindSameSiteEnum),
	attrMaxAge:      field("MaxAge", kindSeconds),
	attrExpires:     field("Expires", kindTime),
	attrPath:        field("Path", kindString),
	attrDomain:      field("Domain", kindString),
	attrPartitioned: field("Partitioned", kindBool),
}

// gorillaOptions are the attributes of gorilla/sessions.Options (options.go:12-24) and of
// gin-contrib/sessions.Options (session_options_go1.11.go:14-27, no Partitioned).
var gorillaOptions = map[attr]location{
	attrSecure:      field("Secure", kindBool),
	attrHTTPOnly:    field("HttpOnly", kindBool),
	attrSameSite:    field("SameSite", kindSameSiteEnum),
	attrMaxAge:      field("MaxAge", kindSeconds),
	attrPath:        field("Path", kindString),
	attrDomain:      field("Domain", kindString),
	attrPartitioned: field("Partitioned", kindBool),
}

// gorillaStore are the attributes of a store holding a *sessions.Options in its Options
// field, also set per session (session.Options.X) and by store.MaxAge(n).
var gorillaStore = map[attr]location{
	attrSecure:   field("Options.Secure", kindBool),
	attrHTTPOnly: field("Options.HttpOnly", kindBool),
	attrSameSite: field("Options.SameSite", kindSameSiteEnum),
	attrMaxAge:   {field: "Options.MaxAge", method: "MaxAge", kind: kindSeconds},
	attrPath:     field("Options.Path", kindString),
	attrDomain:   field("Options.Domain", kindString),
}

// gorillaCookieStore: NewCookieStore defaults, gorilla/sessions@v1.4.0 store.go:56-61.
var gorillaCookieStore = defaults{secure: true, sameSite: sameSiteNone, lifetime: 30 * day, path: "/"}

// gorillaSessionOptions are the attributes of a *sessions.Session's Options.
var gorillaSessionOptions = map[attr]location{
	attrSecure:   field("Options.Secure", kindBool),
	attrHTTPOnly: field("Options.HttpOnly", kindBool),
	attrSameSite: field("Options.SameSite", kindSameSiteEnum),
	attrMaxAge:   field("Options.MaxAge", kindSeconds),
	attrPath:     field("Options.Path", kindString),
	attrDomain:   field("Options.Domain", kindString),
}

// gorillaBeforeV130: before v1.3.0 NewCookieStore set only Path "/" and MaxAge 30 days
// (gorilla/sessions@v1.2.2 store.go:48-59; v1.3.0 added SameSite None and Secure true,
// store.go:53-66). The exported API of v1.2.2 and v1.3.0 is the same; Options.Partitioned
// (v1.4.0 options.go:22) tells v1.4.0 from older ones when the version cannot be read.
var gorillaBeforeV130 = release{
	module: "github.com/gorilla/sessions", pkg: "github.com/gorilla/sessions", before: "v1.3.0",
	def: defaults{lifetime: 30 * day, path: "/"}, probe: "Options.Partitioned", since: "v1.4.0",
}

// gorillaPlainStore: FilesystemStore (store.go:148-151) and the gorilla-compatible stores
// (libraries.md §4): Path "/" and MaxAge 30 days only.
var gorillaPlainStore = defaults{lifetime: 30 * day, path: "/"}

// gorillaStoreRow returns the row of a constructor of a store with gorilla Options.
func gorillaStoreRow(pkg, name, display string, def defaults) *model {
	return &model{
		pkg: pkg, name: name, shape: shapeCall, display: display,
		attrs: gorillaStore, def: def, session: sessionAlways,
		replacedBy: []string{"Options"}, anyValueOf: gorillaSession,
	}
}

// gorillaSession: a session's Options (sessions.go:37) set per request override the store's.
var gorillaSession = typeRef{"github.com/gorilla/sessions", "Session"}

// ginContribStoreRow returns the row of a gin-contrib/sessions backend constructor; its
// Options method replaces every setting (cookie/cookie.go:29-31, redis/redis.go:122-124).
func ginContribStoreRow(pkg, display string, def defaults) *model {
	return &model{
		pkg: pkg, name: "NewStore", shape: shapeCall, display: display,
		attrs: wholeValueOnly, def: def, session: sessionAlways,
		replacedBy: []string{"Options"}, configure: "store.Options(sessions.Options{...})",
	}
}

// wholeValueOnly: the carrier has cookie settings, but only as a whole value (a gin-contrib
// store's Options, nosurf's base cookie): they have no place of their own.
var wholeValueOnly = map[attr]location{
	attrSecure:   {kind: kindBool},
	attrHTTPOnly: {kind: kindBool},
	attrSameSite: {kind: kindSameSiteEnum},
	attrMaxAge:   {kind: kindSeconds},
}

// fiberCookie are the attributes of fiber.Cookie (v2 ctx.go:129-140, v3 res.go:106-118).
var fiberCookie = map[attr]location{
	attrName:        field("Name", kindString),
	attrSecure:      field("Secure", kindBool),
	attrHTTPOnly:    field("HTTPOnly", kindBool),
	attrSameSite:    field("SameSite", kindSameSiteString),
	attrMaxAge:      field("MaxAge", kindSeconds),
	attrExpires:     field("Expires", kindTime),
	attrPath:        field("Path", kindString),
	attrDomain:      field("Domain", kindString),
	attrPartitioned: field("Partitioned", kindBool),
	attrSessionOnly: field("SessionOnly", kindBool),
}

// fiberCookieSettings are the Cookie* fields shared by fiber's session and CSRF configs.
func fiberCookieSettings(lifetime location, sameSite valueKind) map[attr]location {
	return map[attr]location{
		attrSecure:      field("CookieSecure", kindBool),
		attrHTTPOnly:    field("CookieHTTPOnly", kindBool),
		attrSameSite:    field("CookieSameSite", sameSite),
		attrLifetime:    lifetime,
		attrPath:        field("CookiePath", kindString),
		attrDomain:      field("CookieDomain", kindString),
		attrSessionOnly: field("CookieSessionOnly", kindBool),
	}
}

// echoCSRF are the cookie fields of echo's middleware.CSRFConfig (v4 middleware/csrf.go:67-91,
// v5 middleware/csrf.go:71-95).
var echoCSRF = map[attr]location{
	attrName:     field("CookieName", kindString),
	attrSecure:   field("CookieSecure", kindBool),
	attrHTTPOnly: field("CookieHTTPOnly", kindBool),
	attrSameSite: field("CookieSameSite", kindSameSiteEnum),
	attrMaxAge:   {field: "CookieMaxAge", kind: kindSeconds, zeroIsDefault: true},
	attrPath:     field("CookiePath", kindString),
	attrDomain:   field("CookieDomain", kindString),
}

// echoCSRFDefaults: DefaultCSRFConfig (v4 middleware/csrf.go:106-114, v5 105-113): no
// Secure, no HttpOnly, SameSiteDefaultMode (omitted), 24 h; ToMiddleware forces Secure for
// None (v4 150-152, v5 144-152).
var echoCSRFDefaults = defaults{lifetime: day}

// echoV4BeforeSameSite: before v4.2.0 CSRFConfig has no CookieSameSite (v4.1.17
// middleware/csrf.go:20-66; added in v4.2.0 middleware/csrf.go:63), so the CSRF cookie
// carries no SameSite and none can be set.
var echoV4BeforeSameSite = []release{{module: "github.com/labstack/echo/v4", pkg: "github.com/labstack/echo/v4/middleware",
	before: "v4.2.0", def: echoCSRFDefaults, without: []attr{attrSameSite}, probe: "CSRFConfig.CookieSameSite"}}

// beegoWeb is beego v2's web framework package (github.com/beego/beego/v2@v2.3.10).
const beegoWeb = "github.com/beego/beego/v2/server/web"

// beegoCookieArgs are the positional others... of beego's SetCookie and (*BeegoOutput).Cookie
// (context/output.go:91-167), shifted by offset leading arguments.
func beegoCookieArgs(offset int) map[attr]location {
	return map[attr]location{
		attrName:     arg(offset+1, kindString),
		attrMaxAge:   arg(offset+3, kindSeconds),
		attrPath:     arg(offset+4, kindString),
		attrDomain:   arg(offset+5, kindString),
		attrSecure:   arg(offset+6, kindBool),
		attrHTTPOnly: arg(offset+7, kindBool),
		attrSameSite: arg(offset+8, kindSameSiteVerbatim),
	}
}

// models is the library table.
var models = slices.Concat([]*model{
	// net/http@go1.26.8 cookie.go:26-46; SameSite constants cookie.go:56-61. Unset fields are
	// zero: no Secure, no HttpOnly, no SameSite attribute, no Path, a browser-session cookie.
	// echo's c.SetCookie, gin's SetCookieData and iris's SetCookie take it as is.
	{pkg: "net/http", name: "Cookie", shape: shapeStruct, display: "http.Cookie", attrs: cookieAttrs},

	// gorilla/sessions@v1.4.0 options.go:12-24: a literal's unset fields are zero.
	{pkg: "github.com/gorilla/sessions", name: "Options", shape: shapeStruct, display: "sessions.Options",
		attrs: gorillaOptions, session: sessionAlways},
	withOlder(gorillaStoreRow("github.com/gorilla/sessions", "NewCookieStore", "sessions.NewCookieStore", gorillaCookieStore), gorillaBeforeV130),
	gorillaStoreRow("github.com/gorilla/sessions", "NewFilesystemStore", "sessions.NewFilesystemStore", gorillaPlainStore),
	// NewSession (sessions.go:21-28) gives the session new(Options): all zero, so a session
	// built by hand (an app's own Store.New) sends no attribute unless its Options are set
	// or replaced (session.Options = &opts, a copy of the store's).
	{pkg: "github.com/gorilla/sessions", name: "NewSession", shape: shapeCall, display: "sessions.NewSession",
		attrs: gorillaSessionOptions, session: sessionAlways, replacedBy: []string{"Options"}},
	// boj/redistore@v1.4.1 redistore.go:294-310; SetMaxAge (line 196) also sets MaxAge.
	redistoreRow("NewRediStore"),
	redistoreRow("NewRediStoreWithDB"),
	redistoreRow("NewRediStoreWithPool"),
	redistoreRow("NewRediStoreWithURL"),
	// gopkg.in/boj/redistore.v1@v1.0.0-20160128113310-fc113767cd6b (the gopkg.in release
	// many apps still import): redistore.go:156-216, Path "/" and MaxAge 30 days
	// (sessionExpire, line 24); SetMaxAge (line 127).
	redistoreV1Row("NewRediStore"),
	redistoreV1Row("NewRediStoreWithDB"),
	redistoreV1Row("NewRediStoreWithPool"),
	// antonlindstrom/pgstore@v0.0.0-20220421113606-e3a6e3fed12a pgstore.go:40-60: Path "/"
	// and MaxAge 30 days; New copies all of Options (83-91); MaxAge (159).
	gorillaStoreRow("github.com/antonlindstrom/pgstore", "NewPGStore", "pgstore.NewPGStore", gorillaPlainStore),
	gorillaStoreRow("github.com/antonlindstrom/pgstore", "NewPGStoreFromPool", "pgstore.NewPGStoreFromPool", gorillaPlainStore),
	// wader/gormstore/v2@v2.0.3: the cookie settings are SessionOpts (gormstore.go:62), Path
	// "/" and MaxAge 30 days (48-49, 79-88); MaxAge (207) sets SessionOpts.MaxAge.
	gormstoreRow("New"),
	gormstoreRow("NewOptions"),
	// rbcervilla/redisstore/v9@v9.0.0: unexported options, Path "/" and MaxAge 30 days
	// (redisstore.go:37-50), replaced whole by Options(sessions.Options) (111-113).
	{pkg: "github.com/rbcervilla/redisstore/v9", name: "NewRedisStore", shape: shapeCall, display: "redisstore.NewRedisStore",
		attrs: wholeValueOnly, def: gorillaPlainStore, session: sessionAlways,
		replacedBy: []string{"Options"}, configure: "store.Options(sessions.Options{...})"},
	// quasoft/memstore@v0.0.0-20191010062613-2bce066d2b0b memstore.go:42-53.
	gorillaStoreRow("github.com/quasoft/memstore", "NewMemStore", "memstore.NewMemStore", gorillaPlainStore),

	// gin-contrib/sessions@v1.0.4: Options (session_options_go1.11.go:14-27) replaces the whole
	// gorilla Options: unnamed fields are zero.
	{pkg: "github.com/gin-contrib/sessions", name: "Options", shape: shapeStruct, display: "sessions.Options",
		attrs: gorillaOptions, session: sessionAlways},
	// cookie/cookie.go:21-23 wraps gorilla NewCookieStore.
	withOlder(ginContribStoreRow("github.com/gin-contrib/sessions/cookie", "cookie.NewStore", gorillaCookieStore), gorillaBeforeV130),
	// redis/redis.go:29 wraps boj/redistore; memstore wraps quasoft/memstore.
	ginContribStoreRow("github.com/gin-contrib/sessions/redis", "redis.NewStore", gorillaPlainStore),
	ginContribStoreRow("github.com/gin-contrib/sessions/memstore", "memstore.NewStore", gorillaPlainStore),
	// postgres/postgres.go:20-27 wraps pgstore, gorm/gorm.go:15-22 wraps gormstore.
	ginContribStoreRow("github.com/gin-contrib/sessions/postgres", "postgres.NewStore", gorillaPlainStore),
	ginContribStoreRow("github.com/gin-contrib/sessions/gorm", "gorm.NewStore", gorillaPlainStore),

	// gin@v1.12.0 context.go:1109-1123: SetCookie(name, value, maxAge, path, domain, secure,
	// httpOnly); SameSite only from SetSameSite on the same context (1102-1104, reset to 0 per
	// request); Path "" becomes "/".
	{pkg: "github.com/gin-gonic/gin", recv: "Context", name: "SetCookie", shape: shapeCall, display: "gin.Context.SetCookie",
		attrs: map[attr]location{
			attrName:     arg(1, kindString),
			attrMaxAge:   arg(3, kindSeconds),
			attrPath:     arg(4, kindString),
			attrDomain:   arg(5, kindString),
			attrSecure:   arg(6, kindBool),
			attrHTTPOnly: arg(7, kindBool),
			attrSameSite: {method: "SetSameSite", kind: kindSameSiteEnum},
		},
		def: defaults{path: "/"}},

	// scs/v2@v2.9.0 session.go:106-126: New() sets Cookie.HttpOnly true, SameSite Lax, Secure
	// false, Persist true, Lifetime 24 h; users assign sm.Cookie.X and sm.Lifetime.
	{pkg: "github.com/alexedwards/scs/v2", name: "New", shape: shapeCall, display: "scs.New",
		attrs: map[attr]location{
			attrSecure:      field("Cookie.Secure", kindBool),
			attrHTTPOnly:    field("Cookie.HttpOnly", kindBool),
			attrSameSite:    field("Cookie.SameSite", kindSameSiteEnum),
			attrLifetime:    field("Lifetime", kindDuration),
			attrPath:        field("Cookie.Path", kindString),
			attrDomain:      field("Cookie.Domain", kindString),
			attrPartitioned: field("Cookie.Partitioned", kindBool),
			attrSessionOnly: field("Cookie.Persist", kindBoolInverted),
			attrName:        field("Cookie.Name", kindString),
		},
		def: defaults{httpOnly: true, sameSite: sameSiteLax, lifetime: day, path: "/"}, session: sessionAlways},

	// fiber v2@v2.52.15 Cookie, sent by (*Ctx).Cookie (ctx.go:496-524): SameSite "" is Lax;
	// fasthttp@v1.51.0 forces Secure for None (cookie.go:126-131).
	{pkg: "github.com/gofiber/fiber/v2", name: "Cookie", shape: shapeStruct, display: "fiber.Cookie",
		attrs: fiberCookie, def: defaults{sameSite: sameSiteLax, path: "/"}, forcesSecure: true},
	// fiber v3@v3.1.0 Cookie, sent by (*DefaultRes).Cookie (res.go:253-337): "" is Lax, None
	// and Partitioned force Secure.
	{pkg: "github.com/gofiber/fiber/v3", name: "Cookie", shape: shapeStruct, display: "fiber.Cookie",
		attrs: fiberCookie, def: defaults{sameSite: sameSiteLax, path: "/"}, forcesSecure: true, partitionedSecure: true},

	// echo v4@v4.16.0 and v5@v5.4.4 CSRF middleware.
	{pkg: "github.com/labstack/echo/v4/middleware", name: "CSRFConfig", shape: shapeStruct, display: "middleware.CSRFConfig",
		attrs: echoCSRF, def: echoCSRFDefaults, csrf: true, forcesSecure: true, older: echoV4BeforeSameSite},
	{pkg: "github.com/labstack/echo/v4/middleware", name: "CSRF", shape: shapeCall, display: "middleware.CSRF",
		attrs: echoCSRF, def: echoCSRFDefaults, csrf: true, forcesSecure: true, global: "DefaultCSRFConfig", older: echoV4BeforeSameSite},
	{pkg: "github.com/labstack/echo/v5/middleware", name: "CSRFConfig", shape: shapeStruct, display: "middleware.CSRFConfig",
		attrs: echoCSRF, def: echoCSRFDefaults, csrf: true, forcesSecure: true},
	{pkg: "github.com/labstack/echo/v5/middleware", name: "CSRF", shape: shapeCall, display: "middleware.CSRF",
		attrs: echoCSRF, def: echoCSRFDefaults, csrf: true, forcesSecure: true, global: "DefaultCSRFConfig"},

	// gorilla/csrf@v1.7.3: Protect(authKey, opts...) (csrf.go:160) with options (options.go);
	// parseOptions (options.go:152-160): Secure true, HttpOnly true, SameSite Lax, MaxAge 12 h.
	{pkg: "github.com/gorilla/csrf", name: "Protect", shape: shapeCall, display: "csrf.Protect",
		attrs: map[attr]location{
			attrSecure:   option("Secure", kindBool),
			attrHTTPOnly: option("HttpOnly", kindBool),
			attrSameSite: option("SameSite", kindSameSiteEnum),
			attrMaxAge:   option("MaxAge", kindSeconds),
			attrPath:     option("Path", kindString),
			attrDomain:   option("Domain", kindString),
			attrName:     option("CookieName", kindString),
		},
		def: defaults{secure: true, httpOnly: true, sameSite: sameSiteLax, lifetime: 12 * 3600}, csrf: true,
		older: []release{
			// v1.6.0 and v1.6.1 have no SameSite option (added in v1.6.2 options.go:78) and
			// no default MaxAge (v1.6.0 options.go parseOptions sets Secure and HttpOnly only).
			{module: "github.com/gorilla/csrf", pkg: "github.com/gorilla/csrf", before: "v1.6.2",
				def: defaults{secure: true, httpOnly: true}, without: []attr{attrSameSite}, probe: "SameSite"},
			// v1.6.2 parseOptions sets SameSiteDefaultMode (options.go:156), which sends no
			// attribute (store.go:69); v1.7.0 sets Lax (options.go:157). Same exported API.
			{module: "github.com/gorilla/csrf", pkg: "github.com/gorilla/csrf", before: "v1.7.0",
				def: defaults{secure: true, httpOnly: true, lifetime: 12 * 3600}},
		}},

	// justinas/nosurf@v1.2.0 handler.go:97-108: the base cookie is http.Cookie{MaxAge: 365 d};
	// SetBaseCookie (284-286) replaces it, and the new cookie is judged as an http.Cookie.
	{pkg: "github.com/justinas/nosurf", name: "New", shape: shapeCall, display: "nosurf.New",
		attrs: wholeValueOnly, def: defaults{lifetime: year}, csrf: true,
		configure:  "h.SetBaseCookie(http.Cookie{...})",
		replacedBy: []string{"SetBaseCookie"}, anyValueOf: typeRef{"github.com/justinas/nosurf", "CSRFHandler"}},
	// NewPure (handler.go:111-113) returns New's handler as an http.Handler: its base cookie
	// cannot be replaced.
	{pkg: "github.com/justinas/nosurf", name: "NewPure", shape: shapeCall, display: "nosurf.NewPure",
		attrs: wholeValueOnly, def: defaults{lifetime: year}, csrf: true, configure: "nosurf.New(h) and h.SetBaseCookie(http.Cookie{...})"},

	// beego/v2@v2.3.10 plain cookies: (*Context).SetCookie (context/context.go:219) and
	// (*BeegoOutput).Cookie (context/output.go:91-167): no Secure, HttpOnly or SameSite unless
	// passed; SetSecureCookie (context.go:254) takes the secret first.
	{pkg: "github.com/beego/beego/v2/server/web/context", recv: "Context", name: "SetCookie", shape: shapeCall,
		display: "context.Context.SetCookie", attrs: beegoCookieArgs(0), def: defaults{path: "/"}},
	{pkg: "github.com/beego/beego/v2/server/web/context", recv: "BeegoOutput", name: "Cookie", shape: shapeCall,
		display: "context.BeegoOutput.Cookie", attrs: beegoCookieArgs(0), def: defaults{path: "/"}},
	{pkg: "github.com/beego/beego/v2/server/web/context", recv: "Context", name: "SetSecureCookie", shape: shapeCall,
		display: "context.Context.SetSecureCookie", attrs: beegoCookieArgs(1), def: defaults{path: "/"}},
	// (*web.Controller).SetSecureCookie (server/web/controller.go:772-774) forwards to the
	// context's: beego controllers set cookies this way or through c.Ctx.
	{pkg: beegoWeb, recv: "Controller", name: "SetSecureCookie", shape: shapeCall,
		display: "web.Controller.SetSecureCookie", attrs: beegoCookieArgs(1), def: defaults{path: "/"}},
	// Framework sessions: with BConfig.WebConfig.Session.SessionOn, registerSession
	// (server/web/hooks.go:47-77) builds the session manager from BConfig: Secure =
	// Listen.EnableHTTPS (hooks.go:56), HttpOnly unless SessionDisableHTTPOnly, SameSite
	// SessionCookieSameSite (default SameSiteDefaultMode, config.go:589: not sent), MaxAge
	// SessionCookieLifeTime (default 0, a browser-session cookie), a cookie only with
	// SessionAutoSetCookie (default true, config.go:584). SessionGCMaxLifetime and
	// SessionProvider are server-side. An app.conf or a sessionConfig JSON key (hooks.go:50-70)
	// may set them too; only Go code is seen.
	{pkg: beegoWeb, name: "BConfig", shape: shapeGlobal, display: "beego session (web.BConfig)",
		enabledBy: "WebConfig.Session.SessionOn",
		attrs: map[attr]location{
			attrName:     field("WebConfig.Session.SessionName", kindString),
			attrSecure:   field("Listen.EnableHTTPS", kindBool),
			attrHTTPOnly: field("WebConfig.Session.SessionDisableHTTPOnly", kindBoolInverted),
			attrSameSite: field("WebConfig.Session.SessionCookieSameSite", kindSameSiteEnum),
			attrMaxAge:   field("WebConfig.Session.SessionCookieLifeTime", kindSeconds),
			attrDomain:   field("WebConfig.Session.SessionDomain", kindString),
			attrEnabled:  field("WebConfig.Session.SessionAutoSetCookie", kindBool),
		},
		def: defaults{httpOnly: true, path: "/", enabled: true}, session: sessionAlways},
	// beego session ManagerConfig (session/session_config.go:6-22); the cookie is written in
	// session.go:214-229 with HttpOnly = !DisableHTTPOnly, Path "/", SameSite as configured.
	{pkg: "github.com/beego/beego/v2/server/web/session", name: "ManagerConfig", shape: shapeStruct, display: "session.ManagerConfig",
		attrs: map[attr]location{
			attrName:     field("CookieName", kindString),
			attrSecure:   field("Secure", kindBool),
			attrHTTPOnly: field("DisableHTTPOnly", kindBoolInverted),
			attrSameSite: field("CookieSameSite", kindSameSiteEnum),
			attrMaxAge:   field("CookieLifeTime", kindSeconds),
			attrDomain:   field("Domain", kindString),
			// session.go:227, 254, 324 write the cookie only when EnableSetCookie is true.
			attrEnabled: field("EnableSetCookie", kindBool),
		},
		def: defaults{httpOnly: true, path: "/"}, session: sessionAlways},
	{pkg: "github.com/beego/beego/v2/server/web/session", name: "NewManagerConfig", shape: shapeCall, display: "session.NewManagerConfig",
		// NewManagerConfig (session_config.go:32-38) starts from a zero ManagerConfig; its
		// result's fields may be set afterwards (DisableHTTPOnly is judged as an assignment).
		attrs: map[attr]location{
			attrName:     {option: "CfgCookieName", field: "CookieName", kind: kindString},
			attrSecure:   {option: "CfgSecure", field: "Secure", kind: kindBool},
			attrHTTPOnly: option("CfgHTTPOnly", kindBool),
			attrSameSite: {option: "CfgSameSite", field: "CookieSameSite", kind: kindSameSiteEnum},
			attrMaxAge:   {option: "CfgCookieLifeTime", field: "CookieLifeTime", kind: kindSeconds},
			attrDomain:   {option: "CfgDomain", field: "Domain", kind: kindString},
			attrEnabled:  {option: "CfgSetCookie", field: "EnableSetCookie", kind: kindBool},
		},
		def: defaults{httpOnly: true, path: "/"}, session: sessionAlways},

	// appleboy/gin-jwt v2@v2.10.3 and v3@v3.0.0: the login token cookie of GinJWTMiddleware.
	ginJWTRow("github.com/appleboy/gin-jwt/v2"),
	ginJWTRow("github.com/appleboy/gin-jwt/v3"),
	ginJWTNewRow("github.com/appleboy/gin-jwt/v2"),
	ginJWTNewRow("github.com/appleboy/gin-jwt/v3"),

	// zerodha/simplesessions/v3@v3.0.0 CookieOptions (manager.go:65-95), the Cookie field of
	// the Options given to New: (*Session).WriteCookie (session.go:50-65) copies it onto the
	// http.Cookie handed to the app's SetCookie hook. IsSecure and IsHTTPOnly default to
	// false, SameSite 0 sends none; New (manager.go:98-122) fills in Name "session" and
	// Path "/" only. An Options literal without Cookie is not seen.
	{pkg: "github.com/zerodha/simplesessions/v3", name: "CookieOptions", shape: shapeStruct, display: "simplesessions.CookieOptions",
		attrs: map[attr]location{
			attrName:     field("Name", kindString),
			attrSecure:   field("IsSecure", kindBool),
			attrHTTPOnly: field("IsHTTPOnly", kindBool),
			attrSameSite: field("SameSite", kindSameSiteEnum),
			attrLifetime: field("MaxAge", kindDuration),
			attrExpires:  field("Expires", kindTime),
			attrPath:     field("Path", kindString),
			attrDomain:   field("Domain", kindString),
		},
		def: defaults{path: "/"}, session: sessionAlways},

	// iris/v12@v12.2.11 sessions.Config (sessions/config.go:19-70): HttpOnly always on, Secure
	// only with CookieSecureTLS, SameSite Lax through subdomain persistence, Expires 0 =
	// CookieExpireUnlimited (about 24 years, context/context.go:5994), negative = browser session.
	{pkg: "github.com/kataras/iris/v12/sessions", name: "Config", shape: shapeStruct, display: "sessions.Config",
		attrs: map[attr]location{
			attrName:     field("Cookie", kindString),
			attrSecure:   field("CookieSecureTLS", kindBool),
			attrLifetime: {field: "Expires", kind: kindDuration, zeroIsDefault: true},
			// Lax comes from subdomain persistence (context/context.go:5660-5672).
			attrSameSite: field("DisableSubdomainPersistence", kindSameSiteOffIfSet),
		},
		def: defaults{httpOnly: true, sameSite: sameSiteLax, lifetime: 24 * year, path: "/"}, session: sessionAlways},
	// iris (*Context).SetCookieKV (context/context.go:5945-5958): Path "/", HttpOnly on,
	// 365 days (SetCookieKVExpiration), no Secure, no SameSite; options may change each, and
	// so may the request's AddCookieOptions.
	{pkg: "github.com/kataras/iris/v12/context", recv: "Context", name: "SetCookieKV", shape: shapeCall,
		display: "context.Context.SetCookieKV", attrs: irisOptions(arg(1, kindString)),
		def: defaults{httpOnly: true, lifetime: year, path: "/"}, optionsMethod: "AddCookieOptions"},
	// iris (*Context).SetCookie and UpsertCookie (context/context.go:5875, 5886) send an
	// http.Cookie after applying their options and the request's AddCookieOptions.
	irisWrapRow("SetCookie"),
	irisWrapRow("UpsertCookie"),
},
	// fiber v2@v2.52.15 session: Config (middleware/session/config.go:14-66), ConfigDefault
	// (77-83): Expiration 24 h (<= 0 refilled), no Secure, no HttpOnly, Lax (session.go:259-266).
	fiberMiddleware("github.com/gofiber/fiber/v2/middleware/session", "Expiration", day, false, "New"),
	// fiber v2 csrf: Config (middleware/csrf/config.go:15-128), ConfigDefault (133-143):
	// CookieSameSite "Lax", Expiration 1 h, no Secure.
	fiberMiddleware("github.com/gofiber/fiber/v2/middleware/csrf", "Expiration", 3600, true, "New"),
	// fiber v3@v3.1.0 session: Config (middleware/session/config.go:13-90), ConfigDefault
	// (93-98): IdleTimeout 30 min, Lax, no Secure, no HttpOnly; None forces Secure
	// (session.go:472-491).
	fiberMiddleware("github.com/gofiber/fiber/v3/middleware/session", "IdleTimeout", 1800, false, "New", "NewWithStore", "NewStore"),
	// fiber v3 csrf: Config (middleware/csrf/config.go:15-125), ConfigDefault (131-139).
	fiberMiddleware("github.com/gofiber/fiber/v3/middleware/csrf", "IdleTimeout", 1800, true, "New"),
)

// ginJWTAttrs are the cookie fields of gin-jwt's GinJWTMiddleware (v2 auth_jwt.go:131-155,
// v3 134-158). With SendCookie the token is sent by gin's SetCookie (v2 auth_jwt.go:836-856,
// v3 1020-1040): Secure = SecureCookie and HttpOnly = CookieHTTPOnly (both default false),
// SameSite only when CookieSameSite != 0 (through c.SetSameSite, else none is sent), MaxAge =
// CookieMaxAge, which 0 replaces by Timeout (default one hour; v2 323-325 and 406-408, v3
// 366-368 and 443-445), Path "/", name CookieName (default "jwt").
var ginJWTAttrs = map[attr]location{
	attrName:     field("CookieName", kindString),
	attrSecure:   field("SecureCookie", kindBool),
	attrHTTPOnly: field("CookieHTTPOnly", kindBool),
	attrSameSite: field("CookieSameSite", kindSameSiteEnum),
	attrLifetime: {field: "CookieMaxAge", kind: kindDuration, zeroIsDefault: true},
	attrDomain:   field("CookieDomain", kindString),
	attrEnabled:  field("SendCookie", kindBool),
}

// ginJWTDefaults: one hour (the default Timeout), Path "/".
var ginJWTDefaults = defaults{lifetime: 3600, path: "/"}

func ginJWTRow(pkg string) *model {
	return &model{pkg: pkg, name: "GinJWTMiddleware", shape: shapeStruct, display: "jwt.GinJWTMiddleware",
		attrs: ginJWTAttrs, def: ginJWTDefaults, session: sessionAlways}
}

// ginJWTNewRow: New (v2 auth_jwt.go:227, v3 259) returns the middleware it is given, so
// settings made on its result complete the literal.
func ginJWTNewRow(pkg string) *model {
	return &model{pkg: pkg, name: "New", shape: shapeCall, display: "jwt.New",
		attrs: ginJWTAttrs, def: ginJWTDefaults, session: sessionAlways, configured: true}
}

func irisWrapRow(name string) *model {
	return &model{pkg: "github.com/kataras/iris/v12/context", recv: "Context", name: name, shape: shapeWrap,
		display: "context.Context." + name, attrs: irisOptions(location{}), cookieArg: 1, optionsMethod: "AddCookieOptions"}
}

// irisOptions are iris's cookie options (context/context.go:5682-5732), also aliased in the
// iris package.
func irisOptions(name location) map[attr]location {
	return map[attr]location{
		attrName:     name,
		attrSecure:   option("CookieSecure", kindPresent),
		attrHTTPOnly: option("CookieHTTPOnly", kindBool),
		attrSameSite: option("CookieSameSite", kindSameSiteEnum),
		attrLifetime: option("CookieExpires", kindDuration),
		attrPath:     option("CookiePath", kindString),
	}
}

func redistoreRow(name string) *model {
	row := gorillaStoreRow("github.com/boj/redistore", name, "redistore."+name, gorillaPlainStore)
	row.attrs = withMethod(gorillaStore, attrMaxAge, "SetMaxAge")
	return row
}

func redistoreV1Row(name string) *model {
	row := gorillaStoreRow("gopkg.in/boj/redistore.v1", name, "redistore."+name, gorillaPlainStore)
	row.attrs = withMethod(gorillaStore, attrMaxAge, "SetMaxAge")
	return row
}

// gormstoreRow returns the row of a gormstore constructor: gorilla Options in SessionOpts.
func gormstoreRow(name string) *model {
	row := gorillaStoreRow("github.com/wader/gormstore/v2", name, "gormstore."+name, gorillaPlainStore)
	row.attrs = map[attr]location{
		attrSecure:   field("SessionOpts.Secure", kindBool),
		attrHTTPOnly: field("SessionOpts.HttpOnly", kindBool),
		attrSameSite: field("SessionOpts.SameSite", kindSameSiteEnum),
		attrMaxAge:   {field: "SessionOpts.MaxAge", method: "MaxAge", kind: kindSeconds},
		attrPath:     field("SessionOpts.Path", kindString),
		attrDomain:   field("SessionOpts.Domain", kindString),
	}
	row.replacedBy = []string{"SessionOpts"}
	return row
}

// fiberMiddleware returns the rows of a fiber session or CSRF middleware: its Config, judged
// at literals where unset fields take the defaults, and its constructors, judged when called
// without a Config. A session store embeds its Config, so settings made on the store after
// construction count (v2 store.go:24-26, v3 store.go:31-33).
func fiberMiddleware(pkg, lifetimeField string, lifetime int64, csrf bool, ctors ...string) []*model {
	// The session middleware writes its own cookie and turns "disabled" into Lax too (v2
	// session.go:259-266, v3 session.go:472-491); CSRF goes through fiber.Cookie, which
	// honours it.
	sameSite, session, path := kindSameSiteLaxElse, sessionAlways, "/"
	if csrf {
		sameSite, session, path = kindSameSiteString, sessionNever, ""
	}
	attrs := fiberCookieSettings(location{field: lifetimeField, kind: kindDuration, zeroIsDefault: true}, sameSite)
	def := defaults{sameSite: sameSiteLax, lifetime: lifetime, path: path}
	rows := []*model{{pkg: pkg, name: "Config", shape: shapeStruct, display: pathBase(pkg) + ".Config",
		attrs: attrs, def: def, csrf: csrf, session: session, forcesSecure: true}}
	for _, name := range ctors {
		rows = append(rows, &model{pkg: pkg, name: name, shape: shapeCall, display: pathBase(pkg) + "." + name,
			attrs: attrs, def: def, csrf: csrf, session: session, forcesSecure: true, configured: true})
	}
	return rows
}

// withOlder returns row with the older releases rels.
func withOlder(row *model, rels ...release) *model {
	row.older = rels
	return row
}

// pathBase returns the last element of an import path.
func pathBase(path string) string { return path[strings.LastIndex(path, "/")+1:] }

// withMethod returns a copy of attrs in which a's location is also set by method.
func withMethod(attrs map[attr]location, a attr, method string) map[attr]location {
	out := make(map[attr]location, len(attrs))
	for k, v := range attrs {
		out[k] = v
	}
	loc := out[a]
	loc.method = method
	out[a] = loc
	return out
}

// Indexes of the table, built once.
var (
	// modelPaths is the set of import paths the table mentions, for the fast path.
	modelPaths = make(map[string]bool)
	// structRows finds a row by its type; callRows by pkg.Func or pkg.Recv.Func.
	structRows = make(map[typeRef]*model)
	callRows   = make(map[string]*model)
	// optionRows finds the call row and attribute of an option function by pkg.Func.
	optionRows = make(map[string]optionRow)
	// globalRows are the shapeGlobal rows.
	globalRows []*model
)

type optionRow struct {
	row  *model
	attr attr
}

func init() {
	for _, row := range models {
		modelPaths[row.pkg] = true
		key := row.pkg + "." + row.name
		if row.recv != "" {
			key = row.pkg + "." + row.recv + "." + row.name
		}
		switch row.shape {
		case shapeStruct:
			structRows[typeRef{row.pkg, row.name}] = row
		case shapeGlobal:
			globalRows = append(globalRows, row)
		default:
			callRows[key] = row
		}
		for a, loc := range row.attrs {
			if _, dup := optionRows[row.pkg+"."+loc.option]; loc.option != "" && !dup {
				optionRows[row.pkg+"."+loc.option] = optionRow{row, a}
			}
		}
	}
	// iris re-exports its context options from the root package (aliases.go:556-561).
	for _, name := range []string{"CookieSecure", "CookieHTTPOnly", "CookieSameSite", "CookieExpires", "CookiePath"} {
		optionRows["github.com/kataras/iris/v12."+name] = optionRows["github.com/kataras/iris/v12/context."+name]
	}
	modelPaths["github.com/kataras/iris/v12"] = true
}
