package com.massageadvisor.staff;

/** What an administrator posts to give a staff member a new password. */
public class PasswordResetForm extends NewPasswordForm {

}
