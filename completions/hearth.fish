function __hearth_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __hearth_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __hearth_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __hearth_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __hearth_parse_tokens -S
    set -l unparsed_tokens (__hearth_tokens -pc)
    switch $unparsed_tokens[1]
    case 'hearth'
        __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'demo'
            __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'version' 'h/help'
        case 'init'
            __hearth_parse_subcommand 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'member=+' 'role=+' 'agreement=+' 'commitment=' 'seal' 'label=' 'version' 'h/help'
        case 'members'
            __hearth_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'json' 'version' 'h/help'
            case 'add'
                __hearth_parse_subcommand 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'pronouns=' 'version' 'h/help'
            case 'remove'
                __hearth_parse_subcommand 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'version' 'h/help'
            case 'rename'
                __hearth_parse_subcommand 2 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'version' 'h/help'
            case 'forget'
                __hearth_parse_subcommand 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'y/yes' 'delete-notes' 'keep-notes' 'version' 'h/help'
            end
        case 'formats'
            __hearth_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'json' 'version' 'h/help'
            case 'show'
                __hearth_parse_subcommand 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'version' 'h/help'
            case 'check'
                __hearth_parse_subcommand 1 'version' 'h/help'
            case 'add'
                __hearth_parse_subcommand 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'replace' 'version' 'h/help'
            end
        case 'meet'
            __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'format=' 'present=' 'role=+' 'new' 'version' 'h/help'
        case 'resume'
            __hearth_parse_subcommand 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'version' 'h/help'
        case 'roles'
            __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'json' 'version' 'h/help'
        case 'sessions'
            __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'json' 'limit=' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'delete'
                __hearth_parse_subcommand 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'y/yes' 'version' 'h/help'
            end
        case 'show'
            __hearth_parse_subcommand 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'json' 'html' 'no-pager' 'output=' 'version' 'h/help'
        case 'search'
            __hearth_parse_subcommand -r 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'json' 'version' 'h/help'
        case 'stats'
            __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'last=' 'json' 'version' 'h/help'
        case 'review'
            __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'version' 'h/help'
        case 'watch'
            __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'big' 'version' 'h/help'
        case 'themes'
            __hearth_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'version' 'h/help'
            case 'check'
                __hearth_parse_subcommand 1 'version' 'h/help'
            end
        case 'sync'
            __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'init=' 'clone=' 'version' 'h/help'
        case 'keys'
            __hearth_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'version' 'h/help'
            case 'add'
                __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'label=' 'recovery' 'new-passphrase-file=' 'version' 'h/help'
            case 'remove'
                __hearth_parse_subcommand 1 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'version' 'h/help'
            end
        case 'seal'
            __hearth_parse_subcommand 0 'home=' 'pod=' 'theme=' 'no-color' 'color=' 'plain' 'passphrase-file=' 'label=' 'new-remote=' 'version' 'h/help'
        case 'help'
            __hearth_parse_subcommand -r 1 'version'
        end
    end
end

function __hearth_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __hearth_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __hearth_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __hearth_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__hearth_tokens -p)
    if test -z "$(__hearth_tokens -t)"
        set -l index (count (__hearth_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'hearth' -f
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'demo' -d 'Run a live check-in meeting of the built-in four-member demo pod.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'init' -d 'Create a pod with its members.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'members' -d 'List and change the pod\'s members.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'formats' -d 'List, show, check and add meeting formats.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'meet' -d 'Start a live meeting of the pod.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'resume' -d 'Continue the pod\'s meeting that was left or interrupted.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'roles' -d 'Show the rotation: who is next for each role, and who held it when.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'sessions' -d 'List the pod\'s sessions, newest first.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'show' -d 'Print a session\'s transcript as Markdown, as JSON, or as one HTML page.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'search' -d 'Search every session: notes, decisions, actions, prompts, items and names.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'stats' -d 'Show airtime, attendance and roles per member over the last sessions.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'review' -d 'Browse past sessions: transcripts, search, open actions.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'watch' -d 'Follow the pod\'s live meeting read-only from a second terminal.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'themes' -d 'List the themes (with a preview) and check theme files.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'sync' -d 'Share the pod\'s sessions with the other facilitators (through git).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'keys' -d 'List, add or remove the passphrases that open a sealed pod.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'seal' -d 'Seal the pod in place: encrypt everything said in it under a passphrase.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth demo" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth demo" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion demo -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth demo" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion demo -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth demo" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth demo" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth demo" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth demo" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth demo" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth demo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion init -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion init -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init"' -l 'member' -d 'A member (repeat for each); NAME:PRONOUNS gives their pronouns, e.g. Ana:she/her.' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init"' -l 'role' -d 'A rotating role (default: facilitator, timekeeper, scribe).' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init"' -l 'agreement' -d 'An agreement read at the start of each meeting.' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" commitment' -l 'commitment' -d 'How many sessions the pod commits to before a retrospective.' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" seal' -l 'seal' -d 'Seal the pod: everything said is encrypted at rest under a passphrase (asked twice on the terminal, or --passphrase-file). Forget every passphrase and the history is gone.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" label' -l 'label' -d 'Whose passphrase this is, kept sealed in its key slot (with --seal).' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth members" -eq 1' -fa 'list' -d 'List the members.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth members" -eq 1' -fa 'add' -d 'Add a member.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth members" -eq 1' -fa 'remove' -d 'Remove a member; their history stays (one no session names leaves for good).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth members" -eq 1' -fa 'rename' -d 'Rename a member; their history follows them.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth members" -eq 1' -fa 'forget' -d 'Forget a member: a pseudonym takes their name in every session and pod.toml.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members list" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members list" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion members list -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members list" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion members list -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members list" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members list" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members list" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members list" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members list" json' -l 'json' -d 'Print JSON: {"members": [{name, pronouns, active, formerNames}], "version": 1}.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members list" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members add" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members add" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion members add -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members add" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion members add -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members add" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members add" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members add" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members add" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members add" pronouns' -l 'pronouns' -d 'Their pronouns, e.g. she/her.' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members add" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members remove" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members remove" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion members remove -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members remove" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion members remove -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members remove" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members remove" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members remove" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members remove" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth members remove" -eq 1' -fka '(__hearth_custom_completion ---completion members remove -- positional@0 (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members remove" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members rename" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members rename" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion members rename -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members rename" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion members rename -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members rename" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members rename" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members rename" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members rename" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth members rename" -eq 1' -fka '(__hearth_custom_completion ---completion members rename -- positional@0 (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members rename" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members rename" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion members forget -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion members forget -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth members forget" -eq 1' -fka '(__hearth_custom_completion ---completion members forget -- positional@0 (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" y yes' -s 'y' -l 'yes' -d 'Forget them without asking.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" delete-notes' -l 'delete-notes' -d 'Also delete the notes, decisions and actions they wrote or own.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" keep-notes' -l 'keep-notes' -d 'Keep their notes, decisions and actions (under the pseudonym).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth members forget" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth formats" -eq 1' -fa 'list' -d 'List the formats.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth formats" -eq 1' -fa 'show' -d 'Print a format as TOML.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth formats" -eq 1' -fa 'check' -d 'Check a format file; errors name the line and column.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth formats" -eq 1' -fa 'add' -d 'Add a format file to the pod (sealed in a sealed pod); errors name the line.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats list" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats list" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion formats list -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats list" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion formats list -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats list" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats list" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats list" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats list" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats list" json' -l 'json' -d 'Print JSON: {"formats": [{name, title, itemCount, plannedSeconds}], "version": 1}.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats list" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats show" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats show" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion formats show -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats show" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion formats show -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats show" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats show" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats show" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats show" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth formats show" -eq 1' -fka '(__hearth_custom_completion ---completion formats show -- positional@0 (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats show" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth formats check" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats check" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats add" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats add" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion formats add -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats add" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion formats add -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats add" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats add" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats add" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats add" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth formats add" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats add" replace' -l 'replace' -d 'Replace the pod\'s own format of the same name.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats add" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth formats add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion meet -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion meet -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" format' -l 'format' -d 'The format (agenda) to follow (default: check-in).' -rfka '(__hearth_custom_completion ---completion meet -- --format (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" present' -l 'present' -d 'Who is present, comma separated: --present Ana,Bo,Chen' -rfka '(__hearth_custom_completion ---completion meet -- --present (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet"' -l 'role' -d 'A role holder: --role facilitator=Ana (repeatable).' -rfka '(__hearth_custom_completion ---completion meet -- --role (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" new' -l 'new' -d 'Start another meeting even though one of the pod\'s is still open.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth meet" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth resume" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth resume" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion resume -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth resume" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion resume -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth resume" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth resume" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth resume" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth resume" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth resume" -eq 1' -fka '(__hearth_custom_completion ---completion resume -- positional@0 (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth resume" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth resume" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth roles" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth roles" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion roles -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth roles" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion roles -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth roles" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth roles" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth roles" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth roles" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth roles" json' -l 'json' -d 'Print JSON: {"next": {role: name}, "history": [...], "version": 1}.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth roles" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth roles" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion sessions -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion sessions -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" json' -l 'json' -d 'Print JSON: {"sessions": [...], "version": 1} (docs/json.md).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" limit' -l 'limit' -d 'Show at most this many sessions.' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth sessions" -eq 1' -fa 'delete' -d 'Remove a session entirely: its journal, transcript and everything with it.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions delete" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions delete" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion sessions delete -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions delete" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion sessions delete -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions delete" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions delete" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions delete" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions delete" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth sessions delete" -eq 1' -fka '(__hearth_custom_completion ---completion sessions delete -- positional@0 (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions delete" y yes' -s 'y' -l 'yes' -d 'Delete without asking.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions delete" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sessions delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion show -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion show -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth show" -eq 1' -fka '(__hearth_custom_completion ---completion show -- positional@0 (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" json' -l 'json' -d 'Print JSON (its fields: docs/json.md).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" html' -l 'html' -d 'Print one self-contained HTML page, to open in a browser or print.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" no-pager' -l 'no-pager' -d 'Print straight to the terminal, not through $PAGER (else less -R).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" output' -l 'output' -d 'Write to FILE instead of printing; only you can read it (mode 0600).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth search" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth search" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion search -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth search" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion search -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth search" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth search" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth search" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth search" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth search" json' -l 'json' -d 'Print JSON: {"hits": [{session, started, item, kind, text, member}], "version": 1}.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth search" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth search" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion stats -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion stats -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" last' -l 'last' -d 'Count only the newest N sessions (default: all).' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" json' -l 'json' -d 'Print JSON (its fields: docs/json.md).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth stats" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth review" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth review" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion review -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth review" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion review -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth review" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth review" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth review" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth review" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth review" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth review" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth watch" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth watch" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion watch -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth watch" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion watch -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth watch" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth watch" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth watch" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth watch" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth watch" big' -l 'big' -d 'Show the countdown large, for a projector (b switches while watching).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth watch" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth watch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth themes" -eq 1' -fa 'list' -d 'List every theme, previewed in its own colours.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth themes" -eq 1' -fa 'check' -d 'Check a theme file; errors name the line and column.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes list" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes list" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion themes list -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes list" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion themes list -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes list" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes list" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes list" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes list" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes list" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth themes check" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes check" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth themes check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion sync -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion sync -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" init' -l 'init' -d 'Start sharing this pod through the git repository at ADDRESS.' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" clone' -l 'clone' -d 'Get the pod shared at ADDRESS into this home.' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth sync" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth keys" -eq 1' -fa 'list' -d 'List the pod\'s key slots.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth keys" -eq 1' -fa 'add' -d 'Add a passphrase (asked twice), or with --recovery a recovery code.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_positional "hearth keys" -eq 1' -fa 'remove' -d 'Remove a key slot (never the last one, nor the one unlocked with).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys list" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys list" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion keys list -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys list" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion keys list -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys list" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys list" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys list" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys list" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys list" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion keys add -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion keys add -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" label' -l 'label' -d 'Whose passphrase it is (kept sealed).' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" recovery' -l 'recovery' -d 'Make a recovery code instead, printed once: keep it somewhere safe.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" new-passphrase-file' -l 'new-passphrase-file' -d 'The new passphrase: the first line of this file (else asked twice).' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys remove" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys remove" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion keys remove -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys remove" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion keys remove -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys remove" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys remove" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys remove" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys remove" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys remove" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth keys remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" home' -l 'home' -d 'The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).' -rfa '(__hearth_complete_directories)'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" pod' -l 'pod' -d 'The pod to use, when the home holds several.' -rfka '(__hearth_custom_completion ---completion seal -- --pod (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" theme' -l 'theme' -d 'The look: a theme\'s name (see hearth themes list) or a theme file.' -rfka '(__hearth_custom_completion ---completion seal -- --theme (count (__hearth_tokens -pc)) (__hearth_tokens -tC))'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" no-color' -l 'no-color' -d 'Attributes only, no colour (also when NO_COLOR is set); as --color never.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" color' -l 'color' -d 'When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when piped, and despite NO_COLOR) or never (attributes only).' -rfka 'auto always never'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" plain' -l 'plain' -d 'No full screens: every change is one line of text (for screen readers and logs).'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" passphrase-file' -l 'passphrase-file' -d 'A sealed pod\'s passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE, else $HEARTH_PASSPHRASE_COMMAND\'s output, else asked on the terminal).' -rF
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" label' -l 'label' -d 'Whose passphrase this is, kept sealed in its key slot.' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" new-remote' -l 'new-remote' -d 'Seal a pod that syncs and share it afresh through the empty git repository at ADDRESS.' -rfka ''
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" version' -l 'version' -d 'Show the version.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth seal" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hearth' -n '__hearth_should_offer_completions_for_flags_or_options "hearth help" version' -l 'version' -d 'Show the version.'
