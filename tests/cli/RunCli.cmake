# Runs PROGRAM with ARGS in a fresh WORK_DIR and checks what it did. Called by
# egress_add_cli_test; every expectation that is set must hold.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

execute_process(
    COMMAND "${PROGRAM}" ${ARGS}
    WORKING_DIRECTORY "${WORK_DIR}"
    RESULT_VARIABLE exit_status
    OUTPUT_VARIABLE stdout
    ERROR_VARIABLE stderr)

set(failures "")
if(NOT "${exit_status}" STREQUAL "${EXPECTED_EXIT}")
    string(APPEND failures "exit status ${exit_status}, expected ${EXPECTED_EXIT}\n")
endif()
if(NOT "${STDOUT_REGEX}" STREQUAL "" AND NOT stdout MATCHES "${STDOUT_REGEX}")
    string(APPEND failures "standard output does not match: ${STDOUT_REGEX}\n")
endif()
if(NOT "${STDERR_REGEX}" STREQUAL "" AND NOT stderr MATCHES "${STDERR_REGEX}")
    string(APPEND failures "standard error does not match: ${STDERR_REGEX}\n")
endif()
if(NOT "${OUTPUT_FILE}" STREQUAL "")
    if(NOT EXISTS "${OUTPUT_FILE}")
        string(APPEND failures "expected output file is missing: ${OUTPUT_FILE}\n")
    elseif(NOT "${OUTPUT_FILE_REGEX}" STREQUAL "")
        file(READ "${OUTPUT_FILE}" written)
        if(NOT written MATCHES "${OUTPUT_FILE_REGEX}")
            string(APPEND failures "output file does not match: ${OUTPUT_FILE_REGEX}\n")
        endif()
    endif()
endif()
if(NOT "${OUTPUT_FILE_ABSENT}" STREQUAL "")
    file(GLOB leftovers "${OUTPUT_FILE_ABSENT}*")
    if(leftovers)
        string(APPEND failures "no file should have been written, found: ${leftovers}\n")
    endif()
endif()

if(NOT failures STREQUAL "")
    list(JOIN ARGS " " shown_args)
    message(FATAL_ERROR "egress-check ${shown_args}\n${failures}"
        "--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}")
endif()
