# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/test-windows.sh and scripts/ci-windows-installer.sh: makes the wine prefix $WINEPREFIX
# look like a student's Windows 10 as far as wine can. It reports Windows 10, and the fonts Windows has
# (Segoe UI, Microsoft YaHei for Chinese) are mapped to Debian's DejaVu Sans and WenQuanYi Micro Hei, so
# that screenshots show the app's layout with sans-serif text instead of wine's serif fallback.
prepare_wine_prefix() {
    [ -f "$WINEPREFIX/system.reg" ] && return 0
    mkdir -p "$(dirname "$WINEPREFIX")"
    # Each setting's output goes to a log that is shown when one fails: under `set -e` a failing `reg add`
    # used to end the script silently, which left CI with an exit code and nothing to read. A prefix that
    # wineboot left half made gets one more boot before that.
    local log="$WINEPREFIX.log" attempt
    for attempt in 1 2; do
        WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" wine wineboot -i >"$log" 2>&1 || true
        if apply_wine_settings "$log"; then
            wineserver -w
            return 0
        fi
        wineserver -k 2>/dev/null || true
    done
    echo "wine-prefix: FAIL: could not set up the wine prefix $WINEPREFIX:" >&2
    cat "$log" >&2
    return 1
}

apply_wine_settings() {
    local log=$1 failed=0 font
    local key='HKCU\Software\Wine\Fonts\Replacements'
    reg_add() { wine reg add "$@" /f >>"$log" 2>&1 || { echo "failed: reg add $*" >>"$log"; failed=1; }; }
    reg_add 'HKCU\Software\Wine' /v Version /t REG_SZ /d win10
    # A crashing test must end (and fail), not wait for someone to close wine's crash dialog.
    reg_add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0
    for font in "Segoe UI" "Tahoma" "MS Shell Dlg" "MS Shell Dlg 2" "Arial" "Microsoft Sans Serif"; do
        reg_add "$key" /v "$font" /t REG_SZ /d "DejaVu Sans"
    done
    for font in "Microsoft YaHei" "Microsoft YaHei UI" "SimSun" "NSimSun"; do
        reg_add "$key" /v "$font" /t REG_SZ /d "WenQuanYi Micro Hei"
    done
    [ "$failed" = 0 ]
}

# Starts the prefix's wineserver and wine's own services once, with no terminal or pipe attached. Otherwise
# the first test starts them, they inherit its output pipe, and CTest waits for that test until the last
# one has finished (the server outlives every client): one of the two test slots is lost for the whole run.
start_wine_services() {
    wineserver -p </dev/null >/dev/null 2>&1 || true
    WINEDEBUG=-all wine cmd /c exit </dev/null >/dev/null 2>&1 || true
    trap 'wineserver -k 2>/dev/null || true' EXIT
}
