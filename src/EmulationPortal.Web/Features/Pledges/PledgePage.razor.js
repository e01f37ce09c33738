// Brings the first refused field of the pledge form into view and gives it the focus, so a refused Submit is never silent;
// when no field holds the error (no criterion ticked), the error summary takes the focus.
export function showFirstError() {
    const error = document.querySelector('.mud-input.mud-input-error, .pledge-error');
    const input = error?.closest('.mud-input-control')?.querySelector('input, textarea');
    const target = input ?? document.querySelector('.pledge-error-summary') ?? error;
    if (!target) {
        return;
    }
    (error?.closest('.mud-input-control') ?? target).scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.focus({ preventScroll: true });
}
