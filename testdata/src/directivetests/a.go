// Package directivetests has directives in a test file, which is not analyzed without
// -include-tests: they are neither used nor reported.
package directivetests
