# One ctest per fixtures/<case>/: run the CLI on the case's input with --format jsonl
# (plus the flags in 'args', if any) and compare stdout with expected.jsonl byte for byte,
# and the exit status with 'exit' (0 if absent); where the case has expected.md or
# expected.html, the same with --format markdown or html.
file(GLOB NEWSCLEAN_FIXTURE_DIRS LIST_DIRECTORIES true CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/fixtures/*)
foreach(dir ${NEWSCLEAN_FIXTURE_DIRS})
  if(IS_DIRECTORY ${dir} AND (EXISTS ${dir}/expected.jsonl OR EXISTS ${dir}/expected.md OR
                               EXISTS ${dir}/expected.html))
    get_filename_component(case ${dir} NAME)
    add_test(NAME fixture.${case}
      COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:newsclean_cli> -DCASE_DIR=${dir}
              -P ${CMAKE_CURRENT_SOURCE_DIR}/run_fixture.cmake)
    set_tests_properties(fixture.${case} PROPERTIES LABELS fixture TIMEOUT 60)
  endif()
endforeach()
