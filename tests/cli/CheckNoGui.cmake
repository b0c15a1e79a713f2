# Fails when PROGRAM (an executable or shared library) loads QtGui or QtWidgets, directly or
# through any of its dependencies: the command line must run on a machine without a display.
#   cmake -DPROGRAM=<path> -P CheckNoGui.cmake
if(NOT EXISTS "${PROGRAM}")
    message(FATAL_ERROR "no such program: '${PROGRAM}'")
endif()

execute_process(
    COMMAND ldd "${PROGRAM}"
    RESULT_VARIABLE ldd_status
    OUTPUT_VARIABLE ldd_output
    ERROR_VARIABLE ldd_error)
if(NOT ldd_status EQUAL 0)
    message(FATAL_ERROR "ldd ${PROGRAM} failed (${ldd_status}): ${ldd_error}")
endif()
# ldd lists every library the loader resolves. Without QtCore in that list the output is not
# what we think it is, and finding no QtGui in it would prove nothing.
if(NOT ldd_output MATCHES "libQt6Core")
    message(FATAL_ERROR "ldd ${PROGRAM} does not list libQt6Core:\n${ldd_output}")
endif()
if(ldd_output MATCHES "libQt6(Gui|Widgets)[^ ]*")
    message(FATAL_ERROR "${PROGRAM} loads ${CMAKE_MATCH_0}:\n${ldd_output}")
endif()
message(STATUS "${PROGRAM} loads neither QtGui nor QtWidgets")
