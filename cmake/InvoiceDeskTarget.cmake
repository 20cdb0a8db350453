# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Applies the project's compiler policy to one of our own targets:
# warnings are errors, and Qt's strict defines keep string and URL conversions explicit.
# The flags are chosen per compiler with generator expressions, so one configure works
# with GCC and Clang (Linux, macOS) and with MSVC (Windows).
function(invoicedesk_strict target)
    set(gcc_like "$<OR:$<CXX_COMPILER_ID:GNU>,$<CXX_COMPILER_ID:Clang>,$<CXX_COMPILER_ID:AppleClang>>")
    # GCC 12 at -O2 reports Qt's QStringBuilder copying from QString's shared empty
    # buffer as out of bounds (a false positive, GCC bug 105651); the copy is of zero bytes.
    set(gcc12 "$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_GREATER_EQUAL:$<CXX_COMPILER_VERSION>,12>>")
    target_compile_options(${target} PRIVATE
        $<${gcc_like}:-Wall -Wextra -Werror>
        $<${gcc12}:-Wno-array-bounds -Wno-stringop-overflow -Wno-stringop-overread>
        # /utf-8: our sources and string literals are UTF-8; /permissive-: standard C++;
        # /Zc:__cplusplus: Qt checks the real language version.
        $<$<CXX_COMPILER_ID:MSVC>:/W4 /WX /permissive- /utf-8 /Zc:__cplusplus>)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        QT_USE_QSTRINGBUILDER
        $<$<CXX_COMPILER_ID:MSVC>:NOMINMAX _CRT_SECURE_NO_WARNINGS>)
endfunction()
