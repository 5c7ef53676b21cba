package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the outputs of README.md's examples")

// readmeCommand is one "$ command" line of a README example and the output under it.
type readmeCommand struct {
	line   string // without "$ "
	output string
}

// readmeExample is a fenced block of README.md that starts with "$ cookiecheck".
type readmeExample struct {
	start, end int // the block's content lines, [start, end)
	commands   []readmeCommand
}

// readmeExamples returns the examples of README.md's lines.
func readmeExamples(lines []string) []readmeExample {
	var examples []readmeExample
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "```") {
			continue
		}
		start := i + 1
		end := start
		for end < len(lines) && !strings.HasPrefix(lines[end], "```") {
			end++
		}
		if start < end && strings.HasPrefix(lines[start], "$ cookiecheck ") {
			ex := readmeExample{start: start, end: end}
			for _, line := range lines[start:end] {
				if cmd, ok := strings.CutPrefix(line, "$ "); ok {
					ex.commands = append(ex.commands, readmeCommand{line: cmd})
				} else {
					ex.commands[len(ex.commands)-1].output += line + "\n"
				}
			}
			examples = append(examples, ex)
		}
		i = end
	}
	return examples
}

// TestReadmeExamples runs the commands of README.md's examples ("$ cookiecheck ..." and
// "$ echo $?") in a copy of the repository's testdata/demo and compares their output
// (standard output and standard error, in the order written) with the README's. With -update,
// it rewrites the outputs instead.
func TestReadmeExamples(t *testing.T) {
	readmeFile, err := filepath.Abs(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(readmeFile)
	if err != nil {
		t.Fatal(err)
	}
	demo, err := filepath.Abs(filepath.Join("..", "testdata", "demo"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(readme), "\n")
	examples := readmeExamples(lines)
	if len(examples) < 5 {
		t.Fatalf("README.md has %d examples, want at least 5", len(examples))
	}
	// Rewrite from the last example up, so that line numbers stay valid.
	for i := len(examples) - 1; i >= 0; i-- {
		ex := examples[i]
		clone := t.TempDir()
		if err := os.CopyFS(filepath.Join(clone, "testdata", "demo"), os.DirFS(demo)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(clone, "go.mod"), []byte("module github.com/cookiecheck/cookiecheck\n\ngo 1.26\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Chdir(clone)
		var block []string
		code := 0
		for _, cmd := range ex.commands {
			var out bytes.Buffer
			switch args := strings.Fields(cmd.line); {
			case args[0] == "cookiecheck":
				code = Main(args[1:], &out, &out)
			case cmd.line == "echo $?":
				fmt.Fprintln(&out, code)
			default:
				t.Fatalf("README.md:%d: unknown command %q", ex.start+1, cmd.line)
			}
			got := strings.ReplaceAll(out.String(), clone, "/src/cookiecheck")
			if !*update && got != cmd.output {
				t.Errorf("README.md:%d: $ %s\ngot:\n%s\nREADME says:\n%s", ex.start+1, cmd.line, got, cmd.output)
			}
			block = append(block, "$ "+cmd.line)
			block = append(block, strings.Split(strings.TrimSuffix(got, "\n"), "\n")...)
		}
		lines = append(lines[:ex.start], append(block, lines[ex.end:]...)...)
	}
	if *update {
		if err := os.WriteFile(readmeFile, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReadmeExitStatus checks that README.md's exit status table is -help's.
func TestReadmeExitStatus(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(exitStatusHelp, "\n")[1:] {
		status, meaning, ok := strings.Cut(strings.TrimSpace(line), "  ")
		if ok && !strings.Contains(string(readme), "| "+status+" | "+meaning+" |") {
			t.Errorf("README.md's exit status table has no row | %s | %s |", status, meaning)
		}
	}
}
