# Fails, naming the files, if clang-format would change any C++ source of the project.
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
set(unformatted "")
foreach(source IN LISTS sources)
    execute_process(
        COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror "${source}"
        RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
    if(NOT status EQUAL 0)
        list(APPEND unformatted "${source}")
    endif()
endforeach()
if(unformatted)
    list(JOIN unformatted "\n  " listed)
    message(FATAL_ERROR "clang-format would change:\n  ${listed}\n"
        "Run: clang-format -i <files>")
endif()
list(LENGTH sources count)
message(STATUS "${count} files are clang-format clean")
