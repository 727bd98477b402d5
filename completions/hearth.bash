#!/bin/bash

__hearth_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__hearth_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__hearth_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__hearth_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_hearth() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--no-color --plain --version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    demo|init|members|formats|meet|resume|roles|sessions|show|search|stats|review|watch|themes|sync|keys|seal|help)
        # Offer subcommand argument completions
        "_hearth_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'demo init members formats meet resume roles sessions show search stats review watch themes sync keys seal help' -- "${cur}"))
        ;;
    esac
}

_hearth_demo() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion demo -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion demo -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac
}

_hearth_init() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --seal --version -h --help)
    repeating_options=(--member --role --agreement)
    non_repeating_options=(--home --pod --theme --color --passphrase-file --commitment --label)
    __hearth_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion init -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion init -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    '--member')
        return
        ;;
    '--role')
        return
        ;;
    '--agreement')
        return
        ;;
    '--commitment')
        return
        ;;
    '--label')
        return
        ;;
    esac
}

_hearth_members() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hearth_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|remove|rename|forget)
        # Offer subcommand argument completions
        "_hearth_members_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add remove rename forget' -- "${cur}"))
        ;;
    esac
}

_hearth_members_list() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members list -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members list -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac
}

_hearth_members_add() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file --pronouns)
    __hearth_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members add -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members add -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    '--pronouns')
        return
        ;;
    esac
}

_hearth_members_remove() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members remove -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members remove -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members remove -- positional@0 "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_hearth_members_rename() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members rename -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members rename -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members rename -- positional@0 "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_hearth_members_forget() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain -y --yes --delete-notes --keep-notes --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members forget -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members forget -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion members forget -- positional@0 "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_hearth_formats() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hearth_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show|check|add)
        # Offer subcommand argument completions
        "_hearth_formats_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show check add' -- "${cur}"))
        ;;
    esac
}

_hearth_formats_list() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion formats list -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion formats list -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac
}

_hearth_formats_show() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion formats show -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion formats show -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion formats show -- positional@0 "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_hearth_formats_check() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hearth_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hearth_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_hearth_formats_add() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --replace --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion formats add -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion formats add -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hearth_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_hearth_meet() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --new --version -h --help)
    repeating_options=(--role)
    non_repeating_options=(--home --pod --theme --color --passphrase-file --format --present)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion meet -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion meet -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    '--format')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion meet -- --format "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--present')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion meet -- --present "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--role')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion meet -- --role "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_hearth_resume() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion resume -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion resume -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion resume -- positional@0 "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_hearth_roles() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion roles -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion roles -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac
}

_hearth_sessions() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file --limit)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion sessions -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion sessions -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    '--limit')
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    delete)
        # Offer subcommand argument completions
        "_hearth_sessions_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'delete' -- "${cur}"))
        ;;
    esac
}

_hearth_sessions_delete() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain -y --yes --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion sessions delete -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion sessions delete -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion sessions delete -- positional@0 "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_hearth_show() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --json --html --no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file --output)
    __hearth_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion show -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion show -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    '--output')
        __hearth_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion show -- positional@0 "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_hearth_search() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion search -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion search -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac
}

_hearth_stats() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file --last)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion stats -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion stats -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    '--last')
        return
        ;;
    esac
}

_hearth_review() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion review -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion review -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac
}

_hearth_watch() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --big --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion watch -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion watch -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac
}

_hearth_themes() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hearth_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|check)
        # Offer subcommand argument completions
        "_hearth_themes_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list check' -- "${cur}"))
        ;;
    esac
}

_hearth_themes_list() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion themes list -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion themes list -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac
}

_hearth_themes_check() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hearth_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hearth_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_hearth_sync() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file --init --clone)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion sync -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion sync -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    '--init')
        return
        ;;
    '--clone')
        return
        ;;
    esac
}

_hearth_keys() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hearth_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|remove)
        # Offer subcommand argument completions
        "_hearth_keys_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add remove' -- "${cur}"))
        ;;
    esac
}

_hearth_keys_list() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion keys list -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion keys list -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac
}

_hearth_keys_add() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --recovery --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file --label --new-passphrase-file)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion keys add -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion keys add -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    '--label')
        return
        ;;
    '--new-passphrase-file')
        return
        ;;
    esac
}

_hearth_keys_remove() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file)
    __hearth_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion keys remove -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion keys remove -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    esac
}

_hearth_seal() {
    repeating_flags=()
    non_repeating_flags=(--no-color --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--home --pod --theme --color --passphrase-file --label --new-remote)
    __hearth_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--home')
        __hearth_add_completions -d
        return
        ;;
    '--pod')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion seal -- --pod "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __hearth_add_completions -W "$(__hearth_custom_complete ---completion seal -- --theme "${COMP_CWORD}" "$(__hearth_cursor_index_in_current_word)")"
        return
        ;;
    '--color')
        __hearth_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--passphrase-file')
        __hearth_add_completions -f
        return
        ;;
    '--label')
        return
        ;;
    '--new-remote')
        return
        ;;
    esac
}

_hearth_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __hearth_offer_flags_options -1
}

complete -o filenames -F _hearth hearth
