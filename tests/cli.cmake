# CLI contract tests: exit codes, stdin, missing files, --help, --version, write errors.
set(CLI_TEST ${CMAKE_CURRENT_SOURCE_DIR}/cli_test.sh)
foreach(check help version stdin dash missing-file mixed-order bad-option bad-format dev-full
        text-format json-array directory gzip-page invalid-utf8 empty-input explain jobs-order
        line-separators
        output-file warc-encodings ctrl-d non-utf8-name progress output-conflicts output-atomic
        man-page files-from shard output-dir output-dir-names output-dir-resume output-dir-kill
        write-error-stops closed-pipe not-text input-limit max-seconds url)
  add_test(NAME cli.${check}
    COMMAND sh ${CLI_TEST} ${check} $<TARGET_FILE:newsclean_cli> ${PROJECT_SOURCE_DIR})
  set_tests_properties(cli.${check} PROPERTIES LABELS cli TIMEOUT 60)
endforeach()

# Every real crawl dump in ../shared/warc through the CLI: records out, error records,
# exit status (1 when a record was corrupt), and no loss of the records around it.
set(NEWSCLEAN_WARC_DIR ${PROJECT_SOURCE_DIR}/../shared/warc)
foreach(spec
    "example.warc:1:0" "example.warc.gz:1:0" "example-bad-non-chunked.warc.gz:1:0"
    "example-digest.warc:0:0" "example-iana.org-chunked.warc:1:0"
    "example-resource.warc.gz:1:0" "example-space-in-target-uri.warc.gz:0:0"
    "example-trunc.warc:2:1" "example-wget-bad-target-uri.warc.gz:1:0"
    "example-wrong-chunks.warc.gz:1:0" "post-test.warc.gz:0:0")
  string(REPLACE ":" ";" parts "${spec}")
  list(GET parts 0 file)
  list(GET parts 1 records)
  list(GET parts 2 errors)
  add_test(NAME cli.warc.${file}
    COMMAND sh ${CLI_TEST} warc $<TARGET_FILE:newsclean_cli> ${PROJECT_SOURCE_DIR}
            ${NEWSCLEAN_WARC_DIR}/${file} ${records} ${errors})
  set_tests_properties(cli.warc.${file} PROPERTIES LABELS "cli;warc" TIMEOUT 60)
endforeach()
