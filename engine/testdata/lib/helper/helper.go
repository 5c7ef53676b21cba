// Package helper is a dependency outside the main module: it is loaded from export data, so
// the fact its MarkedHelper would get from source is not seen.
package helper

// MarkedHelper would carry a fact if it were analyzed.
func MarkedHelper() {}
