# Sourced by .ci/run, deploy/local/start and the deploy/loadtest scripts: puts a JDK 21+ on
# JAVA_HOME and PATH (the machines' default java is 17) — JAVA_HOME if it is one, else
# Temurin 25, else any /usr/lib/jvm/* that is 21+ — or stops with a clear message.

# The major version of a java binary (8 for 1.8.x), or nothing.
java_major() {
    local version
    version="$("$1" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)" || return 0
    case "$version" in
        1.*) echo "${version#1.}" | cut -d. -f1 ;;
        *) echo "$version" | cut -d. -f1 | cut -d- -f1 | cut -d+ -f1 ;;
    esac
}

find_jdk() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major="$(java_major "$candidate/bin/java")"
        if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if ! TRIPAVAIL_JDK="$(find_jdk)"; then
    echo "no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, nothing suitable in /usr/lib/jvm)." >&2
    echo "Install one (e.g. Temurin 21 or 25) and point JAVA_HOME at it." >&2
    exit 1
fi
export JAVA_HOME="$TRIPAVAIL_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
