# Signing in and passwords.
password-too-short = Your password is too short. Use at least 8 characters. Better still: 15 or more, for example a few words in a row.
password-too-long = Your password is too long. Use at most 128 characters.
password-too-easy = This password is too easy to guess. It is common, or it looks like your name or e-mail address. Choose something else, for example a few words that do not belong together.
