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
field-required = (required)
error-prefix = Error:
error-summary-title = There is a problem
flash-success-prefix = Done:
flash-info-prefix = Please note:
