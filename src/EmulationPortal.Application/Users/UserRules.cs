using EmulationPortal.Application.Identity;
using FluentValidation;

namespace EmulationPortal.Application.Users;

/// <summary>Field rules shared by the create-user form and the staff import, so a row and a form agree.</summary>
internal static class UserRules
{
    public static IRuleBuilderOptions<T, string> FullName<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(n => !string.IsNullOrWhiteSpace(n)).WithErrorCode("user.name.required").WithMessage("Enter the full name.")
        .MaximumLength(200).WithErrorCode("user.name.length").WithMessage("A name has at most 200 characters.");

    public static IRuleBuilderOptions<T, string> Email<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithErrorCode("user.email.required").WithMessage("Enter the email.")
        .MaximumLength(256).WithErrorCode("user.email.length").WithMessage("An email has at most 256 characters.")
        .EmailAddress().WithErrorCode("user.email.invalid").WithMessage("The email is not valid.")
        .Must(email => email.All(IdentityUserNameCharacters.Contains))
        .WithErrorCode("user.email.characters").WithMessage("An email uses only Latin letters without accents, digits and - . _ @ +.");

    /// <summary>
    /// Identity's default <c>AllowedUserNameCharacters</c> (the email is the user name): plain ASCII, so a Cyrillic
    /// look-alike such as <c>аdmin@z121.demo</c> can never sit beside the real <c>admin@z121.demo</c>.
    /// </summary>
    private const string IdentityUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";

    public static IRuleBuilderOptions<T, string> StaffCode<T>(this IRuleBuilder<T, string> rule) => rule
        .MaximumLength(32).WithErrorCode("user.staffcode.length").WithMessage("A staff code has at most 32 characters.");

    /// <summary>Identity's policy judges a password's strength; this only stops a huge one being hashed.</summary>
    public static IRuleBuilderOptions<T, string> PasswordLength<T>(this IRuleBuilder<T, string> rule) => rule
        .MaximumLength(128).WithErrorCode("user.password.tooLong").WithMessage("A password has at most 128 characters.");

    public static IRuleBuilderOptions<T, string> Role<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(r => Roles.All.Contains(r)).WithErrorCode("user.role.unknown").WithMessage("Choose a role.");
}
