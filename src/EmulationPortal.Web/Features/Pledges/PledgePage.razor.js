// Brings the first refused field of the pledge form into view and gives it the focus, so a refused Submit is never silent.
export function showFirstError() {
    const error = document.querySelector('.mud-input.mud-input-error, .pledge-error');
    if (!error) {
        return;
    }
    const control = error.closest('.mud-input-control') ?? error;
    control.scrollIntoView({ block: 'center', behavior: 'smooth' });
    control.querySelector('input, textarea')?.focus({ preventScroll: true });
}
