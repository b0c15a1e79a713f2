# Runs one golden case: `egress-check check --format json` on the inputs its case.json names,
# from inside the case folder, and compares the result JSON with the case's expected.json.
#
#   cmake -DPROGRAM=egress-check -DCASE_DIR=tests/data/golden/<case> -DSOURCE_DIR=<repo>
#         -DWORK_DIR=<scratch> [-DMUTATE=status|remove|add] -P RunGolden.cmake
#
# The comparison is exact, structure and values, except for what changes without the verdict
# changing: the tool's version (replaced by "@TOOL_VERSION@") and absolute paths (the case folder
# and the source tree, replaced by "@CASE_DIR@" and "@SOURCE_DIR@"). A missing or extra field, a
# changed status, message or value fails, with every difference listed by its JSON path.
#
# With the environment variable EGRESS_UPDATE_GOLDEN=1 the case's expected.json is rewritten
# from the output instead; read the diff before committing it (see tests/data/golden/README.md).
#
# MUTATE (for the self-tests that prove a comparison can fail): alters the expected JSON before
# comparing: "status" flips the overall status, "remove" drops the first output's summary,
# "add" adds a field to the first output.
cmake_minimum_required(VERSION 3.25)

set(case_file "${CASE_DIR}/case.json")
if(NOT EXISTS "${case_file}")
    message(FATAL_ERROR "${CASE_DIR}: has no case.json")
endif()
file(READ "${case_file}" case_json)

# case.json: {"description": "...", "profile": "NAME" (optional), "options": [...] (optional),
#             "paths": ["input", ...]}. Paths are relative to the case folder.
set(args check --format json)
string(JSON profile ERROR_VARIABLE no_profile GET "${case_json}" profile)
if(NOT no_profile)
    list(APPEND args --profile "${profile}")
endif()
foreach(list_key options paths)
    string(JSON count ERROR_VARIABLE no_list LENGTH "${case_json}" ${list_key})
    if(no_list)
        if(list_key STREQUAL "paths")
            message(FATAL_ERROR "${case_file}: needs a 'paths' list")
        endif()
        continue()
    endif()
    if(count GREATER 0)
        math(EXPR last "${count} - 1")
        foreach(i RANGE ${last})
            string(JSON item GET "${case_json}" ${list_key} ${i})
            list(APPEND args "${item}")
        endforeach()
    endif()
endforeach()

execute_process(
    COMMAND "${PROGRAM}" ${args}
    WORKING_DIRECTORY "${CASE_DIR}"
    RESULT_VARIABLE exit_status
    OUTPUT_VARIABLE actual
    ERROR_VARIABLE stderr)
list(JOIN args " " shown_args)
if(NOT stderr STREQUAL "" OR exit_status GREATER 2 OR NOT exit_status MATCHES "^[0-9]+$")
    message(FATAL_ERROR "egress-check ${shown_args} (in ${CASE_DIR}): exit status "
        "${exit_status}\n--- stderr ---\n${stderr}")
endif()

# The volatile parts, replaced in the text so that expected.json keeps the tool's own layout.
string(REGEX REPLACE "(\"name\": \"egress-check\",[ \n]*\"version\": )\"[^\"]*\""
    "\\1\"@TOOL_VERSION@\"" actual "${actual}")
string(REPLACE "${CASE_DIR}" "@CASE_DIR@" actual "${actual}")
string(REPLACE "${SOURCE_DIR}" "@SOURCE_DIR@" actual "${actual}")

string(JSON status ERROR_VARIABLE not_json GET "${actual}" status)
if(not_json)
    message(FATAL_ERROR "egress-check ${shown_args}: the output is not result JSON (${not_json})"
        "\n--- stdout ---\n${actual}")
endif()
# The exit status must agree with the verdict in the JSON (0 pass, 1 fail, 2 review).
set(exit_for_pass 0)
set(exit_for_fail 1)
set(exit_for_review 2)
if(NOT "${exit_status}" STREQUAL "${exit_for_${status}}")
    message(FATAL_ERROR "egress-check ${shown_args}: exit status ${exit_status} "
        "for a verdict of '${status}'")
endif()

set(EXPECTED_FILE "${CASE_DIR}/expected.json")
if("$ENV{EGRESS_UPDATE_GOLDEN}" STREQUAL "1" AND NOT DEFINED MUTATE)
    file(WRITE "${EXPECTED_FILE}" "${actual}")
    message(STATUS "${EXPECTED_FILE}: rewritten (verdict ${status}); review it before committing")
    return()
endif()
if(NOT EXISTS "${EXPECTED_FILE}")
    message(FATAL_ERROR "${EXPECTED_FILE}: missing; make it with EGRESS_UPDATE_GOLDEN=1 and "
        "review it")
endif()
file(READ "${EXPECTED_FILE}" expected)

if(MUTATE STREQUAL "status")
    string(JSON old GET "${expected}" status)
    if(old STREQUAL "pass")
        string(JSON expected SET "${expected}" status "\"fail\"")
    else()
        string(JSON expected SET "${expected}" status "\"pass\"")
    endif()
elseif(MUTATE STREQUAL "remove")
    string(JSON expected REMOVE "${expected}" outputs 0 summary)
elseif(MUTATE STREQUAL "add")
    string(JSON expected SET "${expected}" outputs 0 note "\"an extra field\"")
elseif(DEFINED MUTATE)
    message(FATAL_ERROR "MUTATE must be status, remove or add, not '${MUTATE}'")
endif()

string(JSON same ERROR_VARIABLE bad_expected EQUAL "${expected}" "${actual}")
if(bad_expected)
    message(FATAL_ERROR "${EXPECTED_FILE}: not valid JSON: ${bad_expected}")
endif()
if(same)
    return()
endif()

# Appends every difference between two JSON values at one JSON path to `found` (a text, one
# difference a line: messages hold semicolons, so a CMake list would split them) in the
# caller's scope. Objects and arrays arrive as JSON text.
function(golden_differences path expected actual)
    string(JSON expected_type TYPE "${expected}")
    if(expected_type STREQUAL "OBJECT")
        foreach(side expected actual)
            set(${side}_keys "")
            string(JSON n LENGTH "${${side}}")
            if(n GREATER 0)
                math(EXPR last "${n} - 1")
                foreach(i RANGE ${last})
                    string(JSON key MEMBER "${${side}}" ${i})
                    list(APPEND ${side}_keys "${key}")
                endforeach()
            endif()
        endforeach()
        foreach(key IN LISTS expected_keys)
            if(NOT key IN_LIST actual_keys)
                string(APPEND found "\n  ${path}.${key}: missing from the output")
            endif()
        endforeach()
        foreach(key IN LISTS actual_keys)
            if(NOT key IN_LIST expected_keys)
                string(APPEND found "\n  ${path}.${key}: not expected, but in the output")
            else()
                golden_member("${path}.${key}" "${expected}" "${actual}" "${key}")
            endif()
        endforeach()
    else() # ARRAY
        string(JSON expected_n LENGTH "${expected}")
        string(JSON actual_n LENGTH "${actual}")
        if(NOT expected_n EQUAL actual_n)
            string(APPEND found "\n  ${path}: expected ${expected_n} items, found ${actual_n}")
        endif()
        set(n ${expected_n})
        if(actual_n LESS n)
            set(n ${actual_n})
        endif()
        if(n GREATER 0)
            math(EXPR last "${n} - 1")
            foreach(i RANGE ${last})
                golden_member("${path}[${i}]" "${expected}" "${actual}" ${i})
            endforeach()
        endif()
    endif()
    set(found "${found}" PARENT_SCOPE)
endfunction()

# One member (or item) of two objects (or arrays): recurse into objects and arrays, compare
# scalars by type and text.
function(golden_member path expected actual key)
    string(JSON et TYPE "${expected}" "${key}")
    string(JSON at TYPE "${actual}" "${key}")
    string(JSON e GET "${expected}" "${key}")
    string(JSON a GET "${actual}" "${key}")
    if(NOT et STREQUAL at)
        string(APPEND found "\n  ${path}: expected ${et} '${e}', found ${at} '${a}'")
    elseif(et STREQUAL "OBJECT" OR et STREQUAL "ARRAY")
        string(JSON same EQUAL "${e}" "${a}")
        if(NOT same)
            golden_differences("${path}" "${e}" "${a}")
        endif()
    elseif(NOT e STREQUAL a)
        string(APPEND found "\n  ${path}: expected '${e}', found '${a}'")
    endif()
    set(found "${found}" PARENT_SCOPE)
endfunction()

set(found "")
string(JSON expected_type TYPE "${expected}")
if(expected_type STREQUAL "OBJECT")
    golden_differences("$" "${expected}" "${actual}")
else()
    set(found "\n  $: expected.json holds no JSON object")
endif()
file(WRITE "${WORK_DIR}/actual.json" "${actual}")
# Printed as it is: a FATAL_ERROR message would be re-wrapped.
message("${EXPECTED_FILE}: the result differs:${found}\n")
message(FATAL_ERROR "The output is in ${WORK_DIR}/actual.json. If the change is intended, "
    "regenerate with EGRESS_UPDATE_GOLDEN=1 and review the diff.")
