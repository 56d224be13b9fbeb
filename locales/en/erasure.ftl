## Delete my account and data (Art. 17).

erasure-title = Delete my account and data
erasure-intro = You can have your account and your data deleted. We then delete everything, except what the law says we must keep. Below you see what we delete, and what the law says we must keep and until when.
erasure-deleted-heading = We delete this at once
erasure-deleted-text = After that this data is gone. It can no longer be read from our back-ups either.
erasure-kept-heading = What the law says we must keep
erasure-kept-text = The law says we must keep this data for a while. We only use it for that. We delete it on the date in the table.
erasure-kept-caption = What the law says we must keep, why, and until when
erasure-kept-category = Data
erasure-kept-reason = Why we keep it
erasure-kept-until = We delete it on
erasure-kept-none = We do not have to keep anything of yours.
erasure-kept-line = - { $category }: { $law }. We delete this on { $date }.
erasure-before-heading = Download your data first?
erasure-before-text = After deleting, you can no longer see or download your data.
erasure-before-link = Download your data first
erasure-continue = Go on to delete
erasure-back = Back to my account

erasure-other-heading = Your contract, open requests and bills
erasure-other-contract = Your contract: deleting is not the same as ending your contract. Without your data we can no longer carry out your contract. Do you still have a contract with us? Then end it first. Call { $phone } to do that.
erasure-other-requests = Requests that are still open: we can no longer finish them after this. We also cannot send you an answer, because your e-mail address is gone then. The law says we must keep the fact that you made the request.
erasure-other-requests-link = See your requests first
erasure-other-invoices = Bills you have not paid yet: you still have to pay them. Deleting does not mean you no longer have to pay. The law says we must keep your invoices.
erasure-confirm-point-contract = This does not end your contract. Bills that are still open, you still have to pay. Requests that are still open, we can no longer finish.

erasure-confirm-title = Are you sure you want to delete your account and data?
erasure-confirm-what = When you press the button, this happens:
erasure-confirm-point-data = We delete your account and your data. You cannot undo this.
erasure-confirm-point-sessions = You are signed out everywhere, on all your devices.
erasure-confirm-point-kept = What the law says we must keep, we keep until the date we showed you. After that we delete it too.
erasure-confirm-point-email = You get an e-mail with a confirmation and a reference.
erasure-confirm-final = This is the last step.
erasure-confirm-button = Delete my account and data
erasure-confirm-back = No, go back to my account
erasure-confirm-review = See again what we delete and what the law says we must keep

erasure-done-title = Your account and data have been deleted
erasure-done-reference = Your reference:
erasure-done-when = Deleted on { $when }.
erasure-done-what-heading = What happened
erasure-done-what-text = We deleted your account and your data. You are signed out everywhere. We sent you an e-mail with this confirmation.
erasure-done-kept-text = The law says we must keep this data for a while. We only use it for that.
erasure-complain-heading = Not happy?
erasure-complain-text = Do you disagree with how we handle your data? Then contact us. You may also file a complaint with the { $authority }.
erasure-done-home = Go to the home page

erasure-email-subject = Your account at { $organisation } has been deleted (reference { $reference })
erasure-email-body = Dear customer,

    As you asked, we deleted your account and your data on { $when }.
    Your reference is { $reference }.

    What the law says we must keep:
    { $kept }

    Do you disagree with how we handle your data? Then contact us. You may also file a complaint with the { $authority }: { $authority_url }

    Kind regards,
    { $organisation }
