package vn.troly.channels.durable;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/** One committer for the service's database, so the audit and the conversations of a busy moment share commits. */
@Factory
public class GroupCommitFactory {

    @Singleton
    @Bean(preDestroy = "close")
    GroupCommit groupCommit(DataSource dataSource, GroupCommitSettings settings) {
        return new GroupCommit(dataSource, settings, "group-commit");
    }
}
