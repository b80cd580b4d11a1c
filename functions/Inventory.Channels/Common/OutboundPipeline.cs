using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Inventory.Channels.Common;

/// <summary>
/// Registers a channel's outbound <see cref="HttpClient"/> with its resilience pipeline, outermost first: total
/// timeout, retry (exponential with jitter, honouring the channel's wait signals), circuit breaker, token-bucket rate
/// limiter (<see cref="ContinuousTokenBucket"/>), attempt timeout. The limiter sits inside the retry so every
/// attempt, retries included, spends a token; the breaker sits outside it so an open circuit spends none. A request
/// carrying a push lease (<see cref="OutboundLeases"/>) spends that on its first attempt instead of waiting here: the
/// sync took it before reading the stock, so the quantity sent is not as old as the wait.
/// </summary>
internal static class OutboundPipeline
{
    public static IHttpClientBuilder AddOutboundClient(
        IServiceCollection services,
        string name,
        Func<IServiceProvider, Uri?> baseAddress,
        Func<IServiceProvider, ChannelResilienceOptions> resilience,
        bool rateLimited = true)
    {
        services.TryAddSingleton<OutboundRateLimiters>();
        var builder = services.AddHttpClient(name).ConfigureHttpClient((provider, client) =>
        {
            if (baseAddress(provider) is { } root)
            {
                client.BaseAddress = root;
            }

            // The pipeline's total timeout governs; this only backs it up.
            client.Timeout = TimeSpan.FromSeconds(resilience(provider).TotalTimeoutSeconds + 5);
        });

        builder.AddResilienceHandler(name, (pipeline, context) =>
        {
            var options = resilience(context.ServiceProvider);
            var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
            var maxDelay = TimeSpan.FromSeconds(options.MaxRetryDelaySeconds);

            pipeline.AddTimeout(TimeSpan.FromSeconds(options.TotalTimeoutSeconds));
            if (options.MaxRetryAttempts > 0)
            {
                AddRetry(pipeline, options, time, maxDelay);
            }

            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(options.BreakerSamplingSeconds),
                BreakDuration = TimeSpan.FromSeconds(options.BreakerBreakSeconds),
                ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
            });
            if (rateLimited)
            {
                var bucket = context.ServiceProvider.GetRequiredService<OutboundRateLimiters>()
                    .GetOrCreate(name, options);
                pipeline.AddRateLimiter(new RateLimiterStrategyOptions
                {
                    RateLimiter = args => OutboundLeases.AcquireForAttemptAsync(args.Context, bucket),
                });
            }

            pipeline.AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds));
        });
        return builder;
    }

    private static void AddRetry(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline,
        ChannelResilienceOptions options,
        TimeProvider time,
        TimeSpan maxDelay) =>
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
            MaxDelay = maxDelay,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, time, maxDelay)),
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result is { } response ? ThrottleSignals.RetryAfter(response, time) : null),
        });

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeProvider time, TimeSpan maxDelay)
    {
        if (outcome.Exception is { } error)
        {
            return error is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // A channel asking for a longer wait than we retry within is answered Throttled with that wait instead.
            return ThrottleSignals.RetryAfter(response, time) is not { } wait || wait <= maxDelay;
        }

        return status is 408 or >= 500;
    }

    private static bool IsFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && (int)response.StatusCode >= 500);
}
