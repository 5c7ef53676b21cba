// Package analyzer defines cookiecheck, an analyzer that reports insecure cookie and session
// configuration in Go web code.
//
// # Analyzer cookiecheck
//
// cookiecheck: report insecure cookie and session configuration
//
// cookiecheck finds the cookies a program sends to browsers (net/http Cookie literals, and the
// cookie settings of session and CSRF libraries) and reports a missing or false Secure or
// HttpOnly attribute, a missing or ineffective SameSite, SameSite=None without Secure, a
// session cookie that lives longer than a limit, and broken __Host- and __Secure- prefixes.
// Each diagnostic has a category, and most have a suggested fix; one without a fix says why,
// or what to do.
//
// A value that is not a compile-time constant (cfg.Secure, r.TLS != nil, !dev) counts as set
// and is never reported: programs decide TLS at run time; so does a constant false assigned
// under a run-time condition (if cfg.Insecure { c.Secure = false }). Deletion cookies
// (MaxAge < 0, an Expires in the past, also through UTC, Local or In) are judged only for
// their prefix; cookies given to (*http.Request).AddCookie or a CookieJar are client-side
// and cookies only inspected in their function (c.Valid(), c.String() == "") are never sent:
// neither is reported; _test.go files are skipped unless -include-tests is set. Cookies
// whose constant name matches csrf or xsrf hold anti-CSRF tokens meant to be read by
// scripts: they are exempt from httponly and expiry.
//
// A field counts as set if the literal sets it, if the function assigns it to the variable
// holding the cookie (c.Secure = true), if a function of this or another package of the
// program that the cookie (or a value holding it, or a part of it such as store.Options) is
// given to sets it, or, for a cookie returned by a helper of the same package, if every
// caller of the helper assigns it. Functions of other packages are known by an analysis
// fact, sets(N: fields), exported for each exported function that sets cookie settings on
// its parameter N. A default options literal that the package's own store constructor keeps
// in a field is not judged when every construction of the store in the package replaces it.
//
// A cookie attribute read directly from an app setting whose declared default is insecure
// (a flag defaulting to false) is reported in the config category.
//
// Libraries: gorilla/sessions and its stores (redistore, memstore, pgstore, gormstore,
// redisstore, gopkg.in/boj/redistore.v1), gin, gin-contrib/sessions and gin-jwt, scs, fiber
// v2 and v3 (cookies, sessions, CSRF), echo v4 and v5 CSRF, gorilla/csrf, nosurf, beego
// (controllers, framework sessions, session manager), iris and simplesessions. Where a
// library changed a default, the release the package builds against decides (gorilla
// NewCookieStore before v1.3.0 leaves Secure off and sends no SameSite), and the message
// names it. Where a library's default is unsafe (gorilla NewCookieStore's HttpOnly off and
// SameSite=None, fiber sessions without Secure, nosurf's one-year CSRF cookie, iris sessions
// that last about 24 years), the report points at the constructor and says what to set,
// unless the package sets it on that object (store.Options.HttpOnly = true,
// sm.Cookie.Secure = true), also in init or another file.
//
// Fixes respect intent. A Secure of literal false is fixed; HttpOnly turned off by a
// constant is reported without a fix, because scripts that read a cookie can be a design
// choice (the message says how to keep it); a named constant of the program
// (Secure: config.SecureCookies, where the constant is false) is never replaced by a literal:
// the finding points at its use, with the constant's declaration as related information.
// One root cause gets one finding: a __Host- or __Secure- cookie without Secure gets one
// finding, of category prefix, whose fix adds Secure, rather than a second one of category
// secure; a cookie with SameSite=None and no Secure at all gets the samesite finding (browsers
// reject it), whose fix adds Secure, and no secure finding; one that turns Secure off
// explicitly gets the secure finding, whose fix turns it on, and no samesite finding. With
// the covering category disabled, the other finding is reported.
//
// Flags:
//
//	-disable=secure,expiry    categories not to report
//	-max-age=14d              longest lifetime of a session cookie (Go duration or days)
//	-session-names=REGEXP     names of session-bearing cookies
//	-include-tests            also report findings in _test.go files
//	-unused-directives=false  do not report ignore directives that silence nothing
//	-group-by-line            merge the findings of each line into one diagnostic with one fix
//
// The golangci-lint plugin sets -group-by-line by default, because golangci-lint shows one
// issue per line (issues.uniq-by-line): each line's issue then names every finding of the
// line, and its fix applies all their fixes.
//
// A directive silences findings of the categories it names, comma-separated, before an
// optional reason:
//
//	//cookiecheck:ignore secure,httponly served only on the internal network
//	http.SetCookie(w, &http.Cookie{Name: "int", Value: v})
//
// It covers its own line or, on a line of its own, the line below its comment block; and if
// that line is the first line of a statement (or the last line of one without a body, such
// as a multi-line http.SetCookie call), the whole statement. A directive with no category
// (//cookiecheck:ignore, or //cookiecheck:ignore // reason) silences every category. An
// unknown category is an error of category directive, and the directive silences nothing;
// a directive, or a category of one, that silences no finding is reported too, unless
// -unused-directives=false (categories disabled by -disable, and test files that are not
// analyzed, are exempt). golangci-lint users can also write //nolint:cookiecheck.
//
// # Category secure
//
// A cookie without Secure is sent over plain HTTP, where anyone on the network can read it.
// Reported when Secure is missing or constant false, when a library's default leaves it off,
// and when a Partitioned cookie lacks Secure (browsers drop it).
//
//	http.SetCookie(w, &http.Cookie{Name: "sid", Value: v, HttpOnly: true, SameSite: http.SameSiteLaxMode})
//	// http.Cookie "sid" has no Secure: browsers send it over plain HTTP, where it can be read and stolen
//
// Fixed by adding Secure: true (or replacing false with true):
//
//	http.SetCookie(w, &http.Cookie{Name: "sid", Value: v, HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: true})
//
// # Category httponly
//
// A cookie without HttpOnly can be read by scripts, so one XSS flaw steals the session.
// Reported when HttpOnly is missing or constant false. Anti-CSRF cookies are exempt.
//
//	c := &http.Cookie{Name: "sid", Value: v, Secure: true, SameSite: http.SameSiteLaxMode}
//	// http.Cookie "sid" has no HttpOnly: scripts can read it, so an XSS flaw can steal it
//
// Fixed by adding HttpOnly: true. A constant false is not fixed: keep it, if scripts must read
// the cookie, with //cookiecheck:ignore httponly.
//
// # Category samesite
//
// Without SameSite, browsers that do not default to Lax send the cookie on cross-site
// requests, which is what CSRF exploits. http.SameSiteDefaultMode sends no attribute either.
// SameSite=None without Secure is rejected by browsers.
//
//	c := &http.Cookie{Name: "sid", Value: v, Secure: true, HttpOnly: true, SameSite: http.SameSiteDefaultMode}
//	// http.Cookie "sid" sets SameSite to http.SameSiteDefaultMode, which sends no SameSite attribute: ...
//
// Fixed by SameSite: http.SameSiteLaxMode, written with the file's own name for net/http (and
// the import added when missing); for None without Secure, by adding Secure: true.
//
// # Category expiry
//
// A session cookie that lives for months keeps a stolen session usable for months. Reported
// for session-bearing cookies (a name matching -session-names, or a session library's carrier)
// whose constant MaxAge, Expires or lifetime exceeds -max-age (default 14d, Django's
// SESSION_COOKIE_AGE). A cookie without MaxAge or Expires ends with the browser session and
// is fine.
//
//	c := &http.Cookie{Name: "session", MaxAge: 86400 * 30, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
//	// session cookie http.Cookie "session" lives 30d, longer than the 14d limit (flag -max-age)
//
// There is no automatic fix: choose a shorter lifetime.
//
// # Category prefix
//
// Browsers accept a cookie named __Host-... only with Secure, Path "/" and no Domain, and one
// named __Secure-... only with Secure. Deletion cookies are checked too.
//
//	c := &http.Cookie{Name: "__Host-sid", Value: v, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
//	// http.Cookie "__Host-sid" breaks the __Host- prefix rules (no Path "/"): browsers reject the cookie
//
// This one finding also covers the missing Secure: no secure finding, and no SameSite=None
// without Secure, is reported for the same cookie (unless the prefix category is disabled).
// Fixed by adding Secure: true (or replacing a literal false) and Path: "/" where missing;
// a Domain must be removed by hand.
//
// # Category directive
//
// A //cookiecheck:ignore directive that names an unknown category, or a //cookiecheck:
// directive other than ignore, silences nothing: it is reported so that a typo does not go
// unnoticed. So is a directive, or a category of one, that silences no finding, unless
// -unused-directives=false. This category cannot be disabled with -disable.
//
//	//cookiecheck:ignore secrue
//	// //cookiecheck:ignore names unknown category "secrue" (did you mean secure?), so it silences nothing: ...
//
// # Category config
//
// A cookie whose Secure (or HttpOnly, or a SameSite of None) comes directly from one of the
// app's own settings is safe only if deployments set it: when the setting's declared default
// is the insecure value, every deployment that does not know the setting runs with insecure
// cookies. This is what Django's check --deploy warns about for SESSION_COOKIE_SECURE.
// Reported at the cookie's attribute when it reads the setting directly (cfg.SecureCookie,
// !cfg.InsecureCookies, *secureFlag, viper.GetBool("cookie.secure")) and the default is
// declared by a flag (flag, pflag and cobra Bool/BoolVar/BoolP/BoolVarP, with a constant
// default or an environment helper's constant fallback), a struct tag
// (default:, envDefault:, env-default:), a package-level literal or a function named
// *default* that is the only place the field gets a constant, or viper's SetDefault (also for
// the fields viper.Unmarshal fills, and for keys bound to flags).
//
//	secure := flag.Bool("secure-cookie", false, "mark the session cookie Secure")
//	http.SetCookie(w, &http.Cookie{Name: "session", Value: v, Secure: *secure, HttpOnly: true, SameSite: http.SameSiteLaxMode})
//	// http.Cookie "session" takes Secure from flag -secure-cookie, which defaults to false (cmd/app/main.go:31): deployments that do not set it send the session over plain HTTP (no automatic fix: change the default to true)
//
// Not reported: a setting without a declared default, an inverted setting whose default is
// safe (Secure: !cfg.InsecureCookies with InsecureCookies false), and a setting set in code
// (assigned, or its address given away, outside its defaults) in the package that declares it
// or the cookie's package. When main binds a flag to a field of a package whose cookie reads
// it, the finding is at the flag's default in main, naming the cookie. There is no automatic
// fix: flipping a default changes every deployment.
package analyzer
