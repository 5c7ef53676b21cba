// Package a declares helpers; the test analyzer exports a fact on each Marked function and
// a package fact.
package a

// MarkedSecure is a helper that the test analyzer marks with a fact.
func MarkedSecure() {}

// Plain has no fact.
func Plain() {}
