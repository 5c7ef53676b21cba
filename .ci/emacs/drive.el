;;; drive.el --- cookiecheck lsp in Emacs lsp-mode, batch: diagnostics, a quick fix, fix-all -*- lexical-binding: t -*-
;; Run by .ci/emacs.sh: emacs --batch -l drive.el FILE. The server is registered as an lsp-mode
;; add-on client (:add-on? t), the way it runs beside gopls. Prints a transcript; exits 0 on
;; success, 1 on failure.
(package-initialize)
(require 'lsp-mode)
(require 'lsp-diagnostics)

(defun say (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))
(defun fail (fmt &rest args) (say "FAIL: %s" (apply #'format fmt args)) (kill-emacs 1))
(defun wait-until (what seconds pred)
  (let ((deadline (+ (float-time) seconds)))
    (while (not (funcall pred))
      (when (> (float-time) deadline) (fail "timed out waiting for %s" what))
      (accept-process-output nil 0.05))))

(unless (fboundp 'go-mode) (define-derived-mode go-mode prog-mode "Go"))
(add-to-list 'auto-mode-alist '("\\.go\\'" . go-mode))

(setq lsp-session-file (expand-file-name "session" (make-temp-file "lsp" t))
      lsp-auto-guess-root nil
      lsp-enable-file-watchers nil
      lsp-diagnostics-provider :none
      lsp-keep-workspace-alive nil
      lsp-enable-snippet nil
      lsp-restart 'ignore)

(lsp-register-client
 (make-lsp-client
  :new-connection (lsp-stdio-connection (list (or (getenv "COOKIECHECK") "cookiecheck") "lsp"))
  :activation-fn (lsp-activate-on "go")
  :add-on? t
  :server-id 'cookiecheck))

(let* ((file (expand-file-name (car command-line-args-left)))
       (root (file-name-directory file)))
  (setf (lsp-session-folders (lsp-session)) (list root))
  (find-file file)
  (say "== %s, lsp-mode %s, batch" (car (split-string (emacs-version) "\n")) (lsp-version))
  (lsp)
  (wait-until "the cookiecheck workspace" 30 (lambda () (lsp-workspaces)))
  (defun diags ()
    (gethash file (lsp-diagnostics t)))
  (defun show (label)
    (let ((ds (sort (copy-sequence (diags))
                    (lambda (a b) (< (lsp-translate-line (lsp:position-line (lsp:range-start (lsp:diagnostic-range a))))
                                     (lsp-translate-line (lsp:position-line (lsp:range-start (lsp:diagnostic-range b)))))))))
      (say "-- %s: %d diagnostics (line:character as published, UTF-16)" label (length ds))
      (dolist (d ds)
        (let ((start (lsp:range-start (lsp:diagnostic-range d))))
          (say "%s:%d:%d: [%s] %s" (file-name-nondirectory file)
               (1+ (lsp:position-line start)) (1+ (lsp:position-character start))
               (lsp:diagnostic-code? d) (lsp:diagnostic-message d))))
      ds))
  (wait-until "diagnostics" 60 (lambda () (diags)))
  (let* ((ds (show "opened"))
         ;; The first finding on the line with the 🍪: its fix inserts text after it, at a
         ;; column that is wrong if UTF-16 positions are mishandled. (The first: -fix applies
         ;; the fixes at one point in the order of the findings.)
         (target (seq-find (lambda (d)
                             (save-excursion
                               (goto-char (point-min))
                               (forward-line (lsp:position-line (lsp:range-start (lsp:diagnostic-range d))))
                               (search-forward "🍪" (line-end-position) t)))
                           ds))
         (code (and target (lsp:diagnostic-code? target)))
         (start (and target (lsp:range-start (lsp:diagnostic-range target)))))
    (unless target (fail "no finding on the line with the cookie"))
    ;; A quick fix: the code actions there, as M-x lsp-execute-code-action lists them.
    (goto-char (point-min))
    (forward-line (lsp:position-line start))
    (forward-char (lsp:position-character start))
    (let* ((actions (lsp-code-actions-at-point))
           (fix (seq-find (lambda (a) (and (equal (lsp:code-action-kind? a) "quickfix")
                                            (lsp:code-action-is-preferred? a)
                                            (equal (lsp:diagnostic-code? (elt (lsp:code-action-diagnostics? a) 0)) code)))
                          actions))
           (tick (buffer-chars-modified-tick)))
      (say "-- code actions at %d:%d:" (1+ (lsp:position-line start)) (1+ (lsp:position-character start)))
      (seq-doseq (a actions) (say "   [%s] %s" (lsp:code-action-kind? a) (lsp:code-action-title a)))
      (unless fix (fail "no preferred quick fix"))
      (say "-- applying: %s" (lsp:code-action-title fix))
      (lsp-execute-code-action fix)
      (wait-until "the quick fix" 10 (lambda () (/= tick (buffer-chars-modified-tick))))
      (let ((old (diags))) ; each publishDiagnostics stores a new list
        (wait-until "new diagnostics" 30 (lambda () (not (eq old (diags)))))))
    (show "after the quick fix")
    ;; Fix all.
    (goto-char (point-min))
    (let* ((all (seq-find (lambda (a) (equal (lsp:code-action-kind? a) "source.fixAll.cookiecheck"))
                          (lsp-code-actions-at-point)))
           (tick (buffer-chars-modified-tick)))
      (unless all (fail "no fix-all action"))
      (say "-- applying: %s" (lsp:code-action-title all))
      (lsp-execute-code-action all)
      (wait-until "fix-all" 10 (lambda () (/= tick (buffer-chars-modified-tick))))
      (wait-until "diagnostics after fix-all" 30 (lambda () (= 1 (length (diags))))))
    (show "after fix-all")
    (save-buffer)
    (say "-- saved %s" file)
    (lsp-workspace-shutdown (car (lsp-workspaces)))
    (kill-emacs 0)))
