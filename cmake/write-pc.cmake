# Writes libnewsclean.pc for the prefix being installed to. Run from the install script
# with NEWSCLEAN_PC_PREFIX, NEWSCLEAN_PC_LIBDIR, NEWSCLEAN_PC_INCLUDEDIR, PROJECT_VERSION and
# NEWSCLEAN_PC_FILE set. Directories under the prefix are written relative to ${prefix}.
foreach(dir LIBDIR INCLUDEDIR)
  if(NOT IS_ABSOLUTE "${NEWSCLEAN_PC_${dir}}")
    set(NEWSCLEAN_PC_${dir} "\${prefix}/${NEWSCLEAN_PC_${dir}}")
  endif()
endforeach()
configure_file("${CMAKE_CURRENT_LIST_DIR}/../libnewsclean.pc.in" "${NEWSCLEAN_PC_FILE}" @ONLY)
