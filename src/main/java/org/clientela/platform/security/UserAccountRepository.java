package org.clientela.platform.security;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    // Written out: a derived query renders its SQL on every call, and this one runs on every sign-in.
    @Query("SELECT * FROM app_user WHERE username = :username")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
