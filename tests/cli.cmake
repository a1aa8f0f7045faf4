# CLI contract tests: exit codes, stdin, missing files, --help, --version, write errors.
set(CLI_TEST ${CMAKE_CURRENT_SOURCE_DIR}/cli_test.sh)
foreach(check help version stdin dash missing-file mixed-order bad-option bad-format dev-full
        text-format json-array directory gzip-page invalid-utf8 empty-input explain jobs-order
        output-file)
  add_test(NAME cli.${check}
    COMMAND sh ${CLI_TEST} ${check} $<TARGET_FILE:newsclean_cli> ${PROJECT_SOURCE_DIR})
  set_tests_properties(cli.${check} PROPERTIES LABELS cli TIMEOUT 60)
endforeach()
