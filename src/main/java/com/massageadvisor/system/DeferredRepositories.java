package com.massageadvisor.system;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;

/**
 * Lets Hibernate start in the background when the application runs from its build-time
 * bean definitions (Spring AOT, as the packaged jar does).
 * <p>
 * {@code spring.jpa.bootstrap=async} builds Hibernate on another thread while the rest of
 * the application is put together, and
 * {@code spring.data.jpa.repositories.bootstrap-mode=deferred} tells Spring Data to hand
 * out the repositories as lazy proxies and to make them once the context is refreshed.
 * Spring Data does those two things while it scans for repositories, which it does not do
 * when the bean definitions come from the build: there, every controller asked for its
 * repository at once and so waited for Hibernate, and nothing ran beside it. This class
 * does the same two things in that case only (docs/performance.md, start-up):
 * <ul>
 * <li>a repository injected anywhere is a proxy that makes it on first use;</li>
 * <li>once the context is refreshed (the web server has started and serves pages that
 * need no database), every repository is made, so that the start fails, as before, if
 * Hibernate or a repository cannot be built.</li>
 * </ul>
 * A request that needs a repository before Hibernate is ready waits for it.
 */
final class DeferredRepositories {

	private DeferredRepositories() {
	}

	/**
	 * @return whether the bean definitions come from the build (Spring AOT)
	 */
	static boolean needed() {
		return AotDetector.useGeneratedArtifacts();
	}

	/** Installs the lazy proxies for repositories, when {@link #needed()}. */
	static BeanFactoryPostProcessor lazyInjection() {
		return lazyInjection(needed());
	}

	static BeanFactoryPostProcessor lazyInjection(boolean needed) {
		return (beanFactory) -> {
			if (needed && beanFactory instanceof DefaultListableBeanFactory beans
					&& beans.getAutowireCandidateResolver()
						.getClass() == ContextAnnotationAutowireCandidateResolver.class) {
				beans.setAutowireCandidateResolver(new LazyRepositories());
			}
		};
	}

	/** Makes every repository once the context is refreshed, when {@link #needed()}. */
	static ApplicationListener<ContextRefreshedEvent> initializer(ConfigurableListableBeanFactory beans) {
		return initializer(beans, needed());
	}

	static ApplicationListener<ContextRefreshedEvent> initializer(ConfigurableListableBeanFactory beans,
			boolean needed) {
		return (event) -> {
			if (needed) {
				beans.getBeansOfType(Repository.class);
			}
		};
	}

	/** A proxy for every injected repository, made on its first call. */
	private static final class LazyRepositories extends ContextAnnotationAutowireCandidateResolver {

		@Override
		public @Nullable Object getLazyResolutionProxyIfNecessary(DependencyDescriptor descriptor,
				@Nullable String beanName) {
			if (Repository.class.isAssignableFrom(descriptor.getDependencyType())) {
				return buildLazyResolutionProxy(descriptor, beanName);
			}
			return super.getLazyResolutionProxyIfNecessary(descriptor, beanName);
		}

	}

}
