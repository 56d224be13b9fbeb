# The page shell, shared by every page.
portal-name = My privacy
page-title = { $page } – { $portal }
page-title-error = Error: { $title }
skip-to-content = Skip to main content
nav-main-label = Main menu
nav-home = Home
nav-privacy = Privacy
nav-contact = Contact
nav-accessibility = Accessibility
language-switch-label = Language
language-name = English
footer-responsible = { $organisation } is responsible for your data in this portal.

# Form components.
field-optional = (optional)
form-optional-note = You may leave boxes marked (optional) empty. You must fill in the other boxes.
error-prefix = Error:
error-summary-title = There is a problem
flash-success-prefix = Done:
flash-info-prefix = Please note:

# Dates in words.
date-in-words = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
moment-in-words = { $date }, { $time }
# The hour the clocks go back shows each time twice: say which one.
moment-in-words-summer-time = { $date }, { $time } (summer time)
moment-in-words-winter-time = { $date }, { $time } (winter time)
section-nav-menu = Menu
