# The page shell, shared by every page.
portal-name = Mijn privacy
page-title = { $page } – { $portal }
page-title-error = Fout: { $title }
skip-to-content = Ga direct naar de inhoud
nav-main-label = Hoofdmenu
nav-home = Home
nav-privacy = Privacy
nav-contact = Contact
nav-accessibility = Toegankelijkheid
language-switch-label = Taal
language-name = Nederlands
footer-responsible = { $organisation } is verantwoordelijk voor uw gegevens in dit portaal.

# Form components.
field-optional = (optioneel)
form-optional-note = Vakken met (optioneel) mag u leeg laten. De andere vakken moet u invullen.
error-prefix = Fout:
error-summary-title = Er is een probleem
flash-success-prefix = Gelukt:
flash-info-prefix = Let op:

# Dates in words.
date-in-words = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
moment-in-words = { $date }, { $time }
# The hour the clocks go back shows each time twice: say which one.
moment-in-words-summer-time = { $date }, { $time } (zomertijd)
moment-in-words-winter-time = { $date }, { $time } (wintertijd)
section-nav-menu = Menu
