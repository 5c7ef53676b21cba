// Package config holds the settings of an application (used by testdata/src/intent) as constants.
package config

// SecureCookies is off for the local development build.
const SecureCookies = false
