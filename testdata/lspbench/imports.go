// Package lspbench is the module of the language server's benchmark
// (lsp.BenchmarkDidChange), which copies go.mod and go.sum next to 50 generated files that use
// gin and gorilla/sessions. This file only keeps both modules in go.sum.
package lspbench

import (
	_ "github.com/gin-gonic/gin"
	_ "github.com/gorilla/sessions"
)
