using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Application.Common;

/// <summary>
/// A configuration section as a typed options class checked by its data annotations (ADR 0008): a bad value stops
/// start-up with the section, key and rule, instead of surfacing later as a crash or a silent default.
/// </summary>
public static class ValidatedOptions
{
    /// <summary>
    /// Binds <paramref name="section"/> to <typeparamref name="T"/>, validated on start; returns the value checked now as
    /// well, for what is decided while the services are registered (a clock, a certificate).
    /// </summary>
    public static T AddPortalOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, new()
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
        var value = configuration.GetSection(section).Get<T>() ?? new T();
        var result = new DataAnnotationValidateOptions<T>(Options.DefaultName).Validate(Options.DefaultName, value);
        return result.Failed ? throw new OptionsValidationException(section, typeof(T), result.Failures) : value;
    }
}
