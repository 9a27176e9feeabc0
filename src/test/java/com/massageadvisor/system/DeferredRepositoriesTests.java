package com.massageadvisor.system;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.repository.Repository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the packaged jar (bean definitions from the build) needs so that Hibernate starts
 * in the background: repositories injected as proxies made on first use, and every
 * repository made once the context is refreshed. The packaged-jar tests (NothingLostIT)
 * run the whole application that way.
 */
class DeferredRepositoriesTests {

	private final AtomicInteger made = new AtomicInteger();

	private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

	DeferredRepositoriesTests() {
		this.beans.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver());
		this.beans.registerBeanDefinition("things", BeanDefinitionBuilder.genericBeanDefinition(Things.class, () -> {
			this.made.incrementAndGet();
			return (Things) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Things.class },
					(proxy, method, args) -> "things");
		}).getBeanDefinition());
		this.beans.registerSingleton("name", "a name");
	}

	@Test
	void aRepositoryIsInjectedAsAProxyAndMadeOnItsFirstUse() throws Exception {
		DeferredRepositories.lazyInjection(true).postProcessBeanFactory(this.beans);
		Object injected = this.beans.resolveDependency(dependency("things"), "user");
		assertThat(injected).isInstanceOf(Things.class);
		assertThat(this.made).as("made when injected").hasValue(0);
		assertThat(injected.toString()).isEqualTo("things");
		assertThat(this.made).as("made on first use").hasValue(1);
	}

	@Test
	void anythingElseIsInjectedAsItIs() throws Exception {
		DeferredRepositories.lazyInjection(true).postProcessBeanFactory(this.beans);
		assertThat(this.beans.resolveDependency(dependency("name"), "user")).isEqualTo("a name");
	}

	@Test
	void withoutBuildTimeDefinitionsSpringDataIsLeftToDoIt() throws Exception {
		DeferredRepositories.lazyInjection(false).postProcessBeanFactory(this.beans);
		assertThat(this.beans.getAutowireCandidateResolver().getClass())
			.isEqualTo(ContextAnnotationAutowireCandidateResolver.class);
		this.beans.resolveDependency(dependency("things"), "user");
		assertThat(this.made).as("made when injected").hasValue(1);
	}

	@Test
	void everyRepositoryIsMadeOnceTheContextIsRefreshed() {
		ContextRefreshedEvent refreshed = new ContextRefreshedEvent(new GenericApplicationContext());
		DeferredRepositories.initializer(this.beans, false).onApplicationEvent(refreshed);
		assertThat(this.made).hasValue(0);
		DeferredRepositories.initializer(this.beans, true).onApplicationEvent(refreshed);
		assertThat(this.made).hasValue(1);
	}

	private static DependencyDescriptor dependency(String field) throws NoSuchFieldException {
		return new DependencyDescriptor(User.class.getDeclaredField(field), true);
	}

	interface Things extends Repository<Object, Long> {

	}

	static class User {

		Things things;

		String name;

	}

}
