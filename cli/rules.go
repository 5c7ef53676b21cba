package cli

import "github.com/cookiecheck/cookiecheck/analyzer"

// ruleDoc describes the SARIF rule of one category.
type ruleDoc struct {
	name             string   // SARIF rule name (PascalCase, shown by some viewers)
	short            string   // one-line summary
	level            string   // SARIF level: "error" where browsers reject or expose the cookie outright
	securitySeverity string   // GitHub code scanning's CVSS-like score: >= 4.0 medium, < 4.0 low
	tags             []string // CWE tags in GitHub's form
}

// categoryDocs has one entry per analyzer category.
var categoryDocs = map[string]ruleDoc{
	analyzer.CategorySecure: {
		name:             "CookieWithoutSecure",
		short:            "Cookie sent without the Secure attribute",
		level:            "error",
		securitySeverity: "5.9",
		tags:             []string{"external/cwe/cwe-614"},
	},
	analyzer.CategoryHTTPOnly: {
		name:             "CookieWithoutHttpOnly",
		short:            "Cookie readable by scripts (no HttpOnly)",
		level:            "warning",
		securitySeverity: "4.3",
		tags:             []string{"external/cwe/cwe-1004"},
	},
	analyzer.CategorySameSite: {
		name:             "CookieWithoutSameSite",
		short:            "Cookie without an effective SameSite attribute",
		level:            "warning",
		securitySeverity: "4.3",
		tags:             []string{"external/cwe/cwe-1275"},
	},
	analyzer.CategoryExpiry: {
		name:             "SessionCookieLivesTooLong",
		short:            "Session cookie lives longer than the allowed maximum",
		level:            "warning",
		securitySeverity: "3.1",
		tags:             []string{"external/cwe/cwe-613"},
	},
	analyzer.CategoryConfig: {
		name:             "CookieSettingInsecureByDefault",
		short:            "Cookie attribute taken from an app setting whose declared default is insecure",
		level:            "warning",
		securitySeverity: "4.3",
		tags:             []string{"external/cwe/cwe-1188", "external/cwe/cwe-614"},
	},
	analyzer.CategoryPrefix: {
		name:             "CookiePrefixViolated",
		short:            "__Host- or __Secure- cookie that browsers reject",
		level:            "error",
		securitySeverity: "3.7",
		tags:             []string{"external/cwe/cwe-614"},
	},
}
